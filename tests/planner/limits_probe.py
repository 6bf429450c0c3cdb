"""Child for test_sandbox: reports the limits and arguments it was started with."""

import resource
import sys

if __name__ == "__main__":
    memory = resource.getrlimit(resource.RLIMIT_AS)[0]
    cpu = resource.getrlimit(resource.RLIMIT_CPU)[0]
    sys.stderr.write(f"{memory} {cpu} {' '.join(sys.argv[1:])}")
