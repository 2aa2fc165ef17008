# sys.exit with a string prints it to stderr and exits with status 1.
import sys

def main():
    print('working')
    sys.exit('fatal: giving up')

if __name__ == '__main__':
    main()
