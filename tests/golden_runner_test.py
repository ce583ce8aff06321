#!/usr/bin/env python3
"""Tests of golden_runner.py on small crafted cases. The program under test is sh, named
`runmassage` in argv[0], so each case's command line is a little script."""
import contextlib
import io
import os
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, "golden_runner.py")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import golden_runner  # noqa: E402  (after the path is set)


class GoldenRunnerTest(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.root = os.path.realpath(self.directory.name)

    def tearDown(self):
        self.directory.cleanup()

    def case(self, name, text):
        path = os.path.join(self.root, name)
        with open(path, "wb") as file:
            file.write(text.encode() if isinstance(text, str) else text)
        return path

    def run_runner(self, *args):
        """(exit status, stdout, stderr) of the runner with sh as the binary."""
        done = subprocess.run([sys.executable, "-B", RUNNER, *args[:-1], "sh", *args[-1]],
                              capture_output=True, check=False)
        return done.returncode, done.stdout.decode(), done.stderr.decode()

    def read(self, path):
        with open(path, "rb") as file:
            return file.read()

    def test_a_passing_case_checks_stdout_stderr_exit_stdin_environment_and_directory(self):
        path = self.case("pass.t", f"""# comment

$ NAME='a b' runmassage -c 'printf "%s|%s|" "$0" "$NAME"; cat; pwd >&2; exit 3'
<<<
line one
last line without newline
\\ No newline at end
>>> stdout
runmassage|a b|line one
last line without newline
\\ No newline at end
>>> stderr
{self.root}
>>> exit 3
""")
        self.assertEqual(self.run_runner("--verbose", [path]),
                         (0, f"ok {path}\n1 passed, 0 failed\n", ""))

    def test_a_failing_case_is_reported_with_a_diff_and_the_exit_codes(self):
        path = self.case("fail.t", """$ runmassage -c 'printf "one\\n2\\nthree\\n"; echo oops >&2'
>>> stdout
one
two
three
>>> stderr
>>> exit 1
""")
        self.assertEqual(self.run_runner([path]), (1, f"""FAIL {path}
  --- expected stdout (3 lines)
  +++ actual stdout (3 lines)
  @@ -1,3 +1,3 @@
   one
  -two
  +2
   three
  --- expected stderr (0 lines)
  +++ actual stderr (1 line)
  @@ -0,0 +1 @@
  +oops
  exit code: expected 1, got 0
0 passed, 1 failed
""", ""))

    def test_a_missing_final_newline_is_a_difference(self):
        path = self.case("eol.t", "$ runmassage -c 'printf x'\n>>> stdout\nx\n")
        status, out, _ = self.run_runner([path])
        self.assertEqual(status, 1)
        self.assertIn("  x\n  +\\ No newline at end\n", out)

    def test_update_rewrites_a_case_that_then_passes_and_leaves_a_passing_case_alone(self):
        path = self.case("update.t", """# kept
$ runmassage -c 'echo new; printf err >&2; exit 5'
<<<
input
>>> stdout
old
>>> exit 0
""")
        self.assertEqual(self.run_runner("--update", [path]),
                         (0, f"updated {path}\n1 passed, 0 failed\n", ""))
        self.assertEqual(self.read(path), b"""# kept
$ runmassage -c 'echo new; printf err >&2; exit 5'
<<<
input
>>> stdout
new
>>> stderr
err
\\ No newline at end
>>> exit 5
""")
        self.assertEqual(self.run_runner([path]), (0, "1 passed, 0 failed\n", ""))
        before = os.stat(path).st_mtime_ns
        self.assertEqual(self.run_runner("--update", [path]), (0, "1 passed, 0 failed\n", ""))
        self.assertEqual(os.stat(path).st_mtime_ns, before)

    def test_update_refuses_output_that_would_read_back_as_a_marker(self):
        text = "$ runmassage -c 'echo \">>> exit 0\"'\n>>> stdout\n>>> stderr\n>>> exit 0\n"
        path = self.case("marker.t", text)
        status, out, _ = self.run_runner("--update", [path])
        self.assertEqual(status, 1)
        self.assertIn("cannot store it (file not updated)", out)
        self.assertEqual(self.read(path), text.encode())

    def test_words_are_split_like_a_shell_without_a_shell(self):
        path = self.case("words.t", """$ A=1 B="x y" runmassage -c 'printf "[%s]" "$A$B" "$@"' zero "a b" c\\ d 'e'"f" "q\\"q" X'=2' '$|;'
>>> stdout
[1x y][a b][c d][ef][q"q][X=2][$|;]
\\ No newline at end
""")
        self.assertEqual(self.run_runner([path]), (0, "1 passed, 0 failed\n", ""))

    def test_a_signal_is_exit_128_plus_its_number(self):
        path = self.case("signal.t", "$ runmassage -c 'kill -TERM $$'\n>>> exit 143\n")
        self.assertEqual(self.run_runner([path]), (0, "1 passed, 0 failed\n", ""))

    def test_a_malformed_case_stops_with_its_line_and_exit_2(self):
        broken = {
            "no-command.t": ("# only a comment\n", "1: no '$ ' command line"),
            "early.t": (">>> stdout\n", "1: section marker before the '$ ' command line"),
            "bad-exit.t": ("$ runmassage\n>>> exit x\n", "2: bad exit marker (want '>>> exit N')"),
            "twice.t": ("$ runmassage\n>>> stdout\n>>> stdout\n",
                        "3: duplicate '>>> stdout' marker"),
            "after-exit.t": ("$ runmassage\n>>> exit 0\ntext\n",
                             "3: unexpected text after '>>> exit N'"),
            "two-commands.t": ("$ runmassage\n$ runmassage\n",
                               "2: expected '<<<' or a '>>> ' marker after the command "
                               "(one command per file)"),
            "pipe.t": ("# c\n$ runmassage a | b\n",
                       "2: unquoted shell metacharacter '|' (no shell is used; quote it)"),
            "quote.t": ("$ runmassage 'a\n", "1: unterminated single quote"),
            "only-env.t": ("$ A=1\n", "1: no program name in the command"),
        }
        for name, (text, message) in broken.items():
            with self.subTest(name):
                path = self.case(name, text)
                self.assertEqual(self.run_runner([path]),
                                 (2, "0 passed, 1 failed\n", f"golden_runner: {path}:{message}\n"))

    def test_a_broken_case_does_not_stop_the_others(self):
        good = self.case("good.t", "$ runmassage -c true\n")
        missing = os.path.join(self.root, "missing.t")
        self.assertEqual(self.run_runner([missing, good]), (
            2, "1 passed, 1 failed\n",
            f"golden_runner: cannot read {missing}: No such file or directory\n"))

    def test_usage_errors(self):
        self.assertEqual(self.run_runner([])[0], 2)
        self.assertEqual(self.run_runner("--frobnicate", ["x.t"])[0], 2)
        done = subprocess.run([sys.executable, "-B", RUNNER, "no-such-program-here", "x.t"],
                              capture_output=True, check=False)
        self.assertEqual((done.returncode, done.stderr),
                         (2, b"golden_runner: BINARY 'no-such-program-here': not found in PATH\n"))

    def test_a_case_that_runs_too_long_is_killed_with_its_children(self):
        path = self.case("slow.t", "$ runmassage -c 'sleep 20 & wait'\n")
        output = io.TextIOWrapper(io.BytesIO())
        started = time.monotonic()
        saved, golden_runner.TIMEOUT_SECONDS = golden_runner.TIMEOUT_SECONDS, 1
        try:
            with contextlib.redirect_stdout(output):
                status = golden_runner.main(["sh", path])
        finally:
            golden_runner.TIMEOUT_SECONDS = saved
        output.seek(0)
        self.assertEqual((status, output.read()), (
            1, f"FAIL {path}\n  timed out after 1s; child killed\n0 passed, 1 failed\n"))
        self.assertLess(time.monotonic() - started, 10)


if __name__ == "__main__":
    unittest.main()
