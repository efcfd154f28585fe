import sys

from drafter.cli import main

if __name__ == "__main__":  # the checks' worker process imports the main module again
    sys.exit(main())
