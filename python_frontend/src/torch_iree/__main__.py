"""``python -m torch_iree``: the ``torch-iree`` command."""

import sys

from torch_iree.cli import main

sys.exit(main())
