print('plainmod imported as', __name__)
VALUE = 'found through sys.path'
