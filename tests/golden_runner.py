#!/usr/bin/env python3
"""Runs golden case files (.t) against a CLI binary and diffs the output, or rewrites them.

A case file holds `#` comments, one `$ [VAR=value]... PROGRAM ARG...` line (split like a shell
would split plain words and quotes, but no shell runs it), optionally `<<<` and the standard
input, then `>>> stdout`, `>>> stderr` and `>>> exit N`. A section whose last line is
`\\ No newline at end` has no final newline. The program runs in the case file's directory with
the runner's environment plus the assignments; argv[0] is the case's program name, so cases do
not depend on where the binary was built.

Usage: golden_runner.py [--update] [--verbose] BINARY CASE_FILE...
Exit status: 0 all passed, 1 some failed, 2 a case or the runner itself was broken.
"""
import os
import signal
import subprocess
import sys

USAGE = "usage: golden_runner [--update] [--verbose] BINARY CASE_FILE..."
TIMEOUT_SECONDS = 30
NO_EOL = b"\\ No newline at end"
CONTEXT = 3  # diff context lines
MAX_DIFF_LINES = 200  # keeps a huge mismatch readable
SHELL_META = b"|&;<>`$"
NAME_START = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"
NAME_CHARS = NAME_START + b"0123456789"
# Each case is a process of its own, so modules only a failure or --update needs (difflib,
# tempfile) are imported when needed: start-up time is most of a passing case's time.


class CaseError(Exception):
    """A case file the runner cannot use; the message starts with its line number."""


def split_lines(data):
    """Lines without their newlines; a final newline does not start another line."""
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    return lines


def decode_section(lines):
    """A section's lines as bytes; a final NO_EOL line takes away the last newline."""
    no_eol = bool(lines) and lines[-1] == NO_EOL
    text = b"".join(line + b"\n" for line in (lines[:-1] if no_eol else lines))
    return text[:-1] if no_eol and text else text


def encode_section(text):
    if text and not text.endswith(b"\n"):
        return text + b"\n" + NO_EOL + b"\n"
    return text


def marker(line):
    """'stdout', 'stderr', ('exit', N) or None; a malformed exit marker is a CaseError."""
    if line == b">>> stdout":
        return "stdout"
    if line == b">>> stderr":
        return "stderr"
    if line != b">>> exit" and not line.startswith(b">>> exit "):
        return None
    digits = line[len(b">>> exit "):]
    if not digits or len(digits) > 9 or not digits.isdigit():
        raise CaseError("bad exit marker (want '>>> exit N')")
    return ("exit", int(digits))


def is_marker(line):
    try:
        return marker(line) is not None
    except CaseError:
        return True


def representable(text):
    """Whether output read back from a case file would be the same bytes."""
    lines = split_lines(text)
    if any(is_marker(line) for line in lines):
        return False
    return not (text.endswith(b"\n") and lines[-1] == NO_EOL)


class Case:
    """One parsed case file."""

    def __init__(self, content):
        self.header = []  # lines before the first marker, kept verbatim by --update
        self.command = None
        self.command_line = 0
        self.has_stdin = False
        stdin, sections, current, seen = [], {"stdout": [], "stderr": []}, None, set()
        phase = "header"
        for number, line in enumerate(split_lines(content), 1):
            try:
                found = marker(line)
            except CaseError as error:
                raise CaseError(f"{number}: {error}") from None
            if found is not None:
                if phase == "header":
                    raise CaseError(f"{number}: section marker before the '$ ' command line")
                name = found if isinstance(found, str) else "exit"
                if name in seen:
                    raise CaseError(f"{number}: duplicate '{line.decode(errors='replace')}' marker")
                seen.add(name)
                phase, current = "sections", name
                if name == "exit":
                    self.expected_exit = found[1]
                continue
            if phase == "header":
                self.header.append(line)
                if line.startswith(b"$ "):
                    self.command, self.command_line, phase = line[2:], number, "command"
                elif line and not line.startswith(b"#"):
                    raise CaseError(f"{number}: expected a '#' comment or the '$ ' command line")
            elif phase == "command":
                self.header.append(line)
                if line == b"<<<":
                    self.has_stdin, phase = True, "stdin"
                elif line and not line.startswith(b"#"):
                    raise CaseError(f"{number}: expected '<<<' or a '>>> ' marker after the "
                                    "command (one command per file)")
            elif phase == "stdin":
                self.header.append(line)
                stdin.append(line)
            elif current in sections:
                sections[current].append(line)
            elif line:
                raise CaseError(f"{number}: unexpected text after '>>> exit N'")
        if phase == "header":
            raise CaseError("1: no '$ ' command line")
        self.stdin = decode_section(stdin)
        self.expected_out = decode_section(sections["stdout"])
        self.expected_err = decode_section(sections["stderr"])
        if "exit" not in seen:
            self.expected_exit = 0


def split_words(line):
    """Words with quotes and backslashes removed, each with the length of its leading unquoted
    part (an assignment's `=` must be in it)."""
    words, i, n = [], 0, len(line)
    while True:
        while i < n and line[i] in b" \t":
            i += 1
        if i >= n:
            return words
        word, plain, quoted = bytearray(), 0, False
        while i < n and line[i] not in b" \t":
            ch = line[i:i + 1]
            if ch == b"'":
                close = line.find(b"'", i + 1)
                if close < 0:
                    raise CaseError("unterminated single quote")
                word += line[i + 1:close]
                quoted, i = True, close + 1
            elif ch == b'"':
                quoted, i = True, i + 1
                while i < n and line[i:i + 1] != b'"':
                    if line[i:i + 1] == b"\\" and line[i + 1:i + 2] in (b'"', b"\\"):
                        i += 1
                    word += line[i:i + 1]
                    i += 1
                if i >= n:
                    raise CaseError("unterminated double quote")
                i += 1
            elif ch == b"\\":
                if i + 1 >= n:
                    raise CaseError("trailing backslash")
                word += line[i + 1:i + 2]
                quoted, i = True, i + 2
            elif ch in SHELL_META:
                # No shell runs the command, so these would silently mean something else.
                raise CaseError(f"unquoted shell metacharacter '{ch.decode()}' "
                                "(no shell is used; quote it)")
            else:
                word += ch
                plain = plain if quoted else len(word)
                i += 1
        words.append((bytes(word), plain))


def is_assignment(word, plain):
    """NAME=value, with the `=` unquoted."""
    name, equals, _ = word.partition(b"=")
    return (bool(equals) and 0 < len(name) < plain and name[0] in NAME_START
            and all(ch in NAME_CHARS for ch in name))


def build_command(line):
    """argv and environment (the runner's, plus the leading VAR=value words)."""
    words = split_words(line)
    env = dict(os.environb)
    while words and is_assignment(*words[0]):
        name, _, value = words.pop(0)[0].partition(b"=")
        env[name] = value
    if not words:
        raise CaseError("no program name in the command")
    return [word for word, _ in words], env


def run(binary, case, directory):
    """(stdout, stderr, exit code), or None after a timeout; exit code 128+N for signal N."""
    with subprocess.Popen(case.argv, executable=binary, cwd=directory,
                          env=case.env, start_new_session=True,  # a timeout kills grandchildren
                          stdin=subprocess.PIPE if case.has_stdin else subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        try:
            out, err = child.communicate(case.stdin if case.has_stdin else None,
                                         timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
            return None
    code = child.returncode
    return out, err, 128 + -code if code < 0 else code


def say(*parts):
    """Writes one line of text and bytes (which may not be UTF-8) to stdout."""
    sys.stdout.buffer.write(b"".join(p if isinstance(p, bytes) else p.encode() for p in parts)
                            + b"\n")


def print_diff(what, expected, actual):
    def count(text):
        lines = len(split_lines(text))
        return f"{lines} line" if lines == 1 else f"{lines} lines"

    say(f"  --- expected {what} ({count(expected)})")
    say(f"  +++ actual {what} ({count(actual)})")
    import difflib  # pylint: disable=import-outside-toplevel

    old, new = split_lines(encode_section(expected)), split_lines(encode_section(actual))
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    printed = 0
    for group in matcher.get_grouped_opcodes(CONTEXT):
        first, last = group[0], group[-1]
        say(f"  @@ -{hunk_range(first[1], last[2])} +{hunk_range(first[3], last[4])} @@")
        for tag, i1, i2, j1, j2 in group:
            lines = [(b" ", line) for line in old[i1:i2]] if tag == "equal" else (
                [(b"-", line) for line in old[i1:i2]] + [(b"+", line) for line in new[j1:j2]])
            for sign, line in lines:
                if printed >= MAX_DIFF_LINES:
                    say("  ... (diff truncated)")
                    return
                printed += 1
                say("  ", sign, line)


def hunk_range(start, stop):
    """A unified diff's range for lines start..stop (0-based, stop excluded)."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start},0" if length == 0 else f"{start + 1},{length}"


def write_atomically(path, content):
    """A temporary file beside the case, then a rename: an interrupted update never truncates a
    case. Writes through a symbolic link rather than replacing it."""
    import tempfile  # pylint: disable=import-outside-toplevel

    target = os.path.realpath(path)
    directory, base = os.path.split(target)
    fd, temporary = tempfile.mkstemp(prefix=b"." + base + b".tmp", dir=directory)
    try:
        os.fchmod(fd, os.stat(target).st_mode & 0o7777)
        with os.fdopen(fd, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.rename(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise


def resolve_binary(given):
    path = given if "/" in given else next(
        (os.path.join(d or ".", given) for d in os.environ.get("PATH", "/usr/bin:/bin").split(":")
         if os.access(os.path.join(d or ".", given), os.X_OK)), None)
    if path is None:
        raise CaseError("not found in PATH")
    if not os.path.isfile(path) or not os.access(path, os.X_OK):
        raise CaseError("not an executable file")
    return os.path.realpath(path)  # absolute, because the program runs in the case's directory


def check(path, binary, update, verbose):
    """Runs one case: True if it passed (or was updated), False if it failed. Raises CaseError
    for a case that cannot be run at all."""
    shown = os.fsdecode(path)
    try:
        with open(path, "rb") as file:
            content = file.read()
    except OSError as error:
        raise CaseError(f"cannot read {shown}: {error.strerror}") from None
    try:
        case = Case(content)
    except CaseError as error:
        raise CaseError(f"{shown}:{error}") from None
    try:
        case.argv, case.env = build_command(case.command)
    except CaseError as error:
        raise CaseError(f"{shown}:{case.command_line}: {error}") from None
    try:
        result = run(binary, case, os.path.dirname(path) or b".")
    except OSError as error:
        raise CaseError(f"{shown}: cannot run {binary}: {error.strerror}") from None
    if result is None:
        say(f"FAIL {shown}")
        say(f"  timed out after {TIMEOUT_SECONDS}s; child killed",
            " (file not updated)" if update else "")
        return False
    out, err, code = result
    if update:
        if not representable(out) or not representable(err):
            say(f"FAIL {shown}")
            say("  output has a line that reads as a '>>> ' marker or '", NO_EOL,
                "'; cannot store it (file not updated)")
            return False
        rewritten = (b"".join(line + b"\n" for line in case.header) + b">>> stdout\n"
                     + encode_section(out) + b">>> stderr\n" + encode_section(err)
                     + b">>> exit %d\n" % code)
        if rewritten != content:
            try:
                write_atomically(path, rewritten)
            except OSError as error:
                raise CaseError(f"cannot update {shown}: {error.strerror}") from None
            say(f"updated {shown}")
        elif verbose:
            say(f"ok {shown}")
        return True
    if (out, err, code) == (case.expected_out, case.expected_err, case.expected_exit):
        if verbose:
            say(f"ok {shown}")
        return True
    say(f"FAIL {shown}")
    if out != case.expected_out:
        print_diff("stdout", case.expected_out, out)
    if err != case.expected_err:
        print_diff("stderr", case.expected_err, err)
    if code != case.expected_exit:
        say(f"  exit code: expected {case.expected_exit}, got {code}")
    return False


def main(args):
    update = verbose = False
    while args and args[0].startswith("-") and len(args[0]) > 1:
        option = args.pop(0)
        if option == "--":
            break
        if option == "--update":
            update = True
        elif option in ("--verbose", "-v"):
            verbose = True
        elif option in ("--help", "-h"):
            say(USAGE)
            return 0
        else:
            print(f"golden_runner: unknown option '{option}' ({USAGE})", file=sys.stderr)
            return 2
    if len(args) < 2:
        print(USAGE, file=sys.stderr)
        return 2
    try:
        binary = resolve_binary(args[0])
    except CaseError as error:
        print(f"golden_runner: BINARY '{args[0]}': {error}", file=sys.stderr)
        return 2
    passed = failed = 0
    broken = False
    for path in args[1:]:
        try:
            ok = check(os.fsencode(path), binary, update, verbose)
        except CaseError as error:
            sys.stdout.flush()
            print(f"golden_runner: {error}", file=sys.stderr, flush=True)
            ok, broken = False, True
        passed, failed = passed + ok, failed + (not ok)
        sys.stdout.flush()
    say(f"{passed} passed, {failed} failed")
    return 2 if broken else 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
