import os
import os.path
import a.b.c as d
from . import sibling
from ..pkg.mod import name as alias, other
from m import *
