def main():
    return 'guarded.main() called explicitly'

if __name__ == '__main__':
    print('this line runs only as a script')
else:
    print('guarded imported as', __name__)
