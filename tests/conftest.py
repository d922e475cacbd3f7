import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# Periksa records validated shipped packs in the user's cache folder (validator/packs/validated.py):
# the suite, and the commands it runs, write theirs to a folder of its own, removed at the end.
_CACHE = tempfile.mkdtemp(prefix="periksa-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)
