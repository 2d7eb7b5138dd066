; Inno Setup 6 script: installer for the one-folder Windows build (dist\ScamLens\).
; Build on Windows, from the repository root, after `pyinstaller packaging\scamlens.spec`:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\scamlens.iss
; Output: dist\ScamLens-0.1.0-setup.exe (per-user install, no admin rights needed).

#define AppName "ScamLens"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F0E7C52-3C1B-4D8B-9B0A-5C2D1E7A9F31}
AppName={#AppName}
AppVerName=ScamLens 识骗镜 {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=ScamLens maintainers
DefaultDirName={autopf}\ScamLens
DefaultGroupName=ScamLens 识骗镜
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=ScamLens-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\scamlens.ico
UninstallDisplayIcon={app}\ScamLens.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
LicenseFile=..\..\resources\fonts\wqy-microhei.LICENSE-Apache-2.0.txt

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no official Chinese translation; add the unofficial ChineseSimplified.isl /
; ChineseTraditional.isl from jrsoftware.org/files/istrans/ to Languages\ and uncomment:
; Name: "zhs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
; Name: "zht"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\ScamLens\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ScamLens 识骗镜"; Filename: "{app}\ScamLens.exe"
Name: "{group}\{cm:UninstallProgram,ScamLens}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ScamLens 识骗镜"; Filename: "{app}\ScamLens.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ScamLens.exe"; Description: "{cm:LaunchProgram,ScamLens}"; Flags: nowait postinstall skipifsilent
