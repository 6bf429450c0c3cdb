import sys

from planner.cli.main import run_subcommand

sys.exit(run_subcommand(sys.argv[1:]))
