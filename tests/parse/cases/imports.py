import os
import os.path
import a.b.c as d
import x, y as z
from os import path
from os import (path, sep as s,)
from . import sibling
from .. import parent
from ... import grand
from .... import great
from .mod import name
from ..pkg.mod import *
from a.b import c as d, e
