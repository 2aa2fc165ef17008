# __name__ is '__main__' in the script and the module name in imported modules.
import sys
sys.path.insert(0, 'extra_path')
import guarded
print(guarded.__name__)
print(guarded.main())
print(__name__)
if __name__ == '__main__':
    print('running as the main script')
import __main__
print(__main__.__name__, __main__ is sys.modules[__name__])
