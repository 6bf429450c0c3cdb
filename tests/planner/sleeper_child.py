"""A limited child that stays busy long enough to be orphaned (test_child_ends_with_parent)."""

import time

if __name__ == "__main__":
    time.sleep(120)
