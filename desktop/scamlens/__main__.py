import sys

from scamlens.cli import main

sys.exit(main())
