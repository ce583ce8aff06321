// golden_runner: runs golden (snapshot) case files against a CLI binary, diffing or --update'ing
// expected output.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

namespace {

constexpr int kTimeoutSeconds = 30;
constexpr const char* kNoEol = "\\ No newline at end";
constexpr size_t kContext = 3;            // diff context lines
constexpr size_t kMaxDiffLines = 200;     // keep huge mismatches readable
constexpr size_t kMaxLcsCells = 4000000;  // beyond this, fall back to a crude diff

const char* const kUsage = "usage: golden_runner [--update] [--verbose] BINARY CASE_FILE...";

struct Case {
  std::vector<std::string> header;  // raw lines before the first >>> marker, rewritten verbatim
  std::string command;              // text after "$ "
  size_t commandLine = 0;
  bool hasStdin = false;
  std::string stdinData;
  std::string expOut, expErr;
  int expExit = 0;
};

struct RunResult {
  bool ok = false;  // false: the runner itself could not run the child
  std::string error;
  std::string out, err;
  int exitCode = -1;
  bool timedOut = false;
};

std::string errnoText() { return std::strerror(errno); }

std::vector<std::string> splitLines(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) {
      lines.push_back(s.substr(start));
      break;
    }
    lines.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// Section lines -> bytes; a final kNoEol line removes the last newline.
std::string decodeSection(const std::vector<std::string>& lines) {
  bool noEol = !lines.empty() && lines.back() == kNoEol;
  size_t n = lines.size() - (noEol ? 1 : 0);
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    out += lines[i];
    out += '\n';
  }
  if (noEol && !out.empty()) out.pop_back();
  return out;
}

std::string encodeSection(const std::string& text) {
  std::string out = text;
  if (!text.empty() && text.back() != '\n') {
    out += '\n';
    out += kNoEol;
    out += '\n';
  }
  return out;
}

enum class Marker { None, Stdout, Stderr, Exit, BadExit };

Marker classify(const std::string& line, int& exitCode) {
  if (line == ">>> stdout") return Marker::Stdout;
  if (line == ">>> stderr") return Marker::Stderr;
  if (line == ">>> exit" || line.compare(0, 9, ">>> exit ") == 0) {
    std::string num = line.size() > 9 ? line.substr(9) : std::string();
    if (num.empty() || num.size() > 9 ||
        !std::all_of(num.begin(), num.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return Marker::BadExit;
    exitCode = std::stoi(num);
    return Marker::Exit;
  }
  return Marker::None;
}

// Output that would be misread when parsed back (marker-like lines, literal kNoEol last line).
bool representable(const std::string& text) {
  std::vector<std::string> lines = splitLines(text);
  int dummy = 0;
  for (const std::string& l : lines)
    if (classify(l, dummy) != Marker::None) return false;
  return !(!text.empty() && text.back() == '\n' && lines.back() == kNoEol);
}

bool isBlankOrComment(const std::string& l) { return l.empty() || l[0] == '#'; }

bool parseCase(const std::string& content, Case& c, std::string& err) {
  std::vector<std::string> lines = splitLines(content);
  enum class Phase { Header, AfterCommand, Stdin, Sections } phase = Phase::Header;
  std::vector<std::string> stdinLines, outLines, errLines;
  Marker current = Marker::None;
  bool seenOut = false, seenErr = false, seenExit = false;

  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    std::string where = std::to_string(i + 1) + ": ";
    int code = 0;
    Marker m = classify(l, code);
    if (m == Marker::BadExit) {
      err = where + "bad exit marker (want '>>> exit N')";
      return false;
    }
    if (m != Marker::None && phase == Phase::Header) {
      err = where + "section marker before the '$ ' command line";
      return false;
    }
    if (m != Marker::None) {
      phase = Phase::Sections;
      bool& seen = m == Marker::Stdout ? seenOut : m == Marker::Stderr ? seenErr : seenExit;
      if (seen) {
        err = where + "duplicate '" + l + "' marker";
        return false;
      }
      seen = true;
      current = m;
      if (m == Marker::Exit) c.expExit = code;
      continue;
    }
    switch (phase) {
      case Phase::Header:
        c.header.push_back(l);
        if (l.compare(0, 2, "$ ") == 0) {
          c.command = l.substr(2);
          c.commandLine = i + 1;
          phase = Phase::AfterCommand;
        } else if (!isBlankOrComment(l)) {
          err = where + "expected a '#' comment or the '$ ' command line";
          return false;
        }
        break;
      case Phase::AfterCommand:
        c.header.push_back(l);
        if (l == "<<<") {
          c.hasStdin = true;
          phase = Phase::Stdin;
        } else if (!isBlankOrComment(l)) {
          err =
              where + "expected '<<<' or a '>>> ' marker after the command (one command per file)";
          return false;
        }
        break;
      case Phase::Stdin:
        c.header.push_back(l);
        stdinLines.push_back(l);
        break;
      case Phase::Sections:
        if (current == Marker::Stdout) {
          outLines.push_back(l);
        } else if (current == Marker::Stderr) {
          errLines.push_back(l);
        } else if (!l.empty()) {
          err = where + "unexpected text after '>>> exit N'";
          return false;
        }
        break;
    }
  }
  if (phase == Phase::Header) {
    err = "1: no '$ ' command line";
    return false;
  }
  c.stdinData = decodeSection(stdinLines);
  c.expOut = decodeSection(outLines);
  c.expErr = decodeSection(errLines);
  return true;
}

struct Word {
  std::string text;
  size_t plainPrefix = 0;  // leading chars that came from unquoted, unescaped input
};

bool splitWords(const std::string& s, std::vector<Word>& words, std::string& err) {
  const std::string meta = "|&;<>`$";
  size_t i = 0;
  const size_t n = s.size();
  for (;;) {
    while (i < n && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i >= n) return true;
    Word w;
    bool quoted = false;
    while (i < n && s[i] != ' ' && s[i] != '\t') {
      char ch = s[i];
      if (ch == '\'') {
        size_t close = s.find('\'', i + 1);
        if (close == std::string::npos) {
          err = "unterminated single quote";
          return false;
        }
        w.text.append(s, i + 1, close - i - 1);
        quoted = true;
        i = close + 1;
      } else if (ch == '"') {
        quoted = true;
        bool closed = false;
        for (++i; i < n; ++i) {
          if (s[i] == '"') {
            closed = true;
            ++i;
            break;
          }
          if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '"' || s[i + 1] == '\\')) ++i;
          w.text += s[i];
        }
        if (!closed) {
          err = "unterminated double quote";
          return false;
        }
      } else if (ch == '\\') {
        if (i + 1 >= n) {
          err = "trailing backslash";
          return false;
        }
        quoted = true;
        w.text += s[i + 1];
        i += 2;
      } else if (meta.find(ch) != std::string::npos) {
        // No shell runs the command, so these would silently mean something else.
        err = std::string("unquoted shell metacharacter '") + ch + "' (no shell is used; quote it)";
        return false;
      } else {
        w.text += ch;
        if (!quoted) w.plainPrefix = w.text.size();
        ++i;
      }
    }
    words.push_back(w);
  }
}

bool isAssignment(const Word& w) {
  size_t eq = w.text.find('=');
  if (eq == std::string::npos || eq == 0 || eq >= w.plainPrefix) return false;
  for (size_t k = 0; k < eq; ++k) {
    char ch = w.text[k];
    bool alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
    if (!alpha && !(k > 0 && ch >= '0' && ch <= '9')) return false;
  }
  return true;
}

// argv[0] keeps the case file's program name so goldens don't depend on the build path.
bool buildCommand(const std::string& line, std::vector<std::string>& argv,
                  std::vector<std::string>& env, std::string& err) {
  std::vector<Word> words;
  if (!splitWords(line, words, err)) return false;
  for (char** e = environ; *e != nullptr; ++e) env.emplace_back(*e);
  size_t i = 0;
  for (; i < words.size() && isAssignment(words[i]); ++i) {
    const std::string& a = words[i].text;
    std::string prefix = a.substr(0, a.find('=') + 1);
    auto it = std::find_if(env.begin(), env.end(), [&](const std::string& v) {
      return v.compare(0, prefix.size(), prefix) == 0;
    });
    if (it != env.end())
      *it = a;
    else
      env.push_back(a);
  }
  if (i >= words.size()) {
    err = "no program name in the command";
    return false;
  }
  for (; i < words.size(); ++i) argv.push_back(words[i].text);
  return true;
}

std::string dirOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

bool writeAll(int fd, const char* data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    len -= static_cast<size_t>(n);
  }
  return true;
}

[[noreturn]] void childFail(const char* what, const char* subject) {
  int saved = errno;
  const char* parts[] = {"golden_runner: ", what, " ", subject, ": ", std::strerror(saved), "\n"};
  for (const char* p : parts) writeAll(2, p, std::strlen(p));
  _exit(127);
}

void sleepMs(long ms) {
  struct timespec ts = {0, ms * 1000000L};
  nanosleep(&ts, nullptr);
}

RunResult runChild(const std::string& binary, const std::vector<std::string>& argv,
                   const std::vector<std::string>& env, const std::string& dir, const Case& c) {
  RunResult r;
  int inPipe[2] = {-1, -1}, outPipe[2] = {-1, -1}, errPipe[2] = {-1, -1};
  auto closeAll = [&]() {
    for (int* p : {inPipe, outPipe, errPipe})
      for (int k = 0; k < 2; ++k)
        if (p[k] >= 0) close(p[k]);
  };
  if ((c.hasStdin && pipe(inPipe) != 0) || pipe(outPipe) != 0 || pipe(errPipe) != 0) {
    r.error = "pipe: " + errnoText();
    closeAll();
    return r;
  }
  for (int* p : {inPipe, outPipe, errPipe})
    for (int k = 0; k < 2; ++k)
      if (p[k] >= 0) fcntl(p[k], F_SETFD, FD_CLOEXEC);

  std::vector<char*> cargv, cenv;
  for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  for (const std::string& e : env) cenv.push_back(const_cast<char*>(e.c_str()));
  cenv.push_back(nullptr);

  std::cout.flush();
  pid_t pid = fork();
  if (pid < 0) {
    r.error = "fork: " + errnoText();
    closeAll();
    return r;
  }
  if (pid == 0) {
    setpgid(0, 0);             // own group so a timeout can kill grandchildren too
    signal(SIGPIPE, SIG_DFL);  // ignored dispositions survive exec
    int inFd = c.hasStdin ? inPipe[0] : open("/dev/null", O_RDONLY);
    if (inFd < 0) childFail("cannot open", "/dev/null");
    // Pipe fds are never 0..2 (main() makes sure those are open), so dup2 can't clobber.
    if (dup2(inFd, 0) < 0 || dup2(outPipe[1], 1) < 0 || dup2(errPipe[1], 2) < 0) _exit(127);
    if (chdir(dir.c_str()) != 0) childFail("cannot chdir to", dir.c_str());
    execve(binary.c_str(), cargv.data(), cenv.data());
    childFail("cannot exec", binary.c_str());
  }
  setpgid(pid, pid);  // also in the parent, to win the race with kill(-pid)
  close(outPipe[1]);
  close(errPipe[1]);
  if (inPipe[0] >= 0) close(inPipe[0]);

  int inFd = inPipe[1], outFd = outPipe[0], errFd = errPipe[0];
  for (int fd : {inFd, outFd, errFd})
    if (fd >= 0) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  size_t inOff = 0;
  if (inFd >= 0 && c.stdinData.empty()) {
    close(inFd);
    inFd = -1;
  }

  auto drain = [](int& fd, std::string& buf) {
    char tmp[65536];
    ssize_t n = read(fd, tmp, sizeof tmp);
    if (n > 0) {
      buf.append(tmp, static_cast<size_t>(n));
    } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
      close(fd);
      fd = -1;
    }
  };

  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline = Clock::now() + std::chrono::seconds(kTimeoutSeconds);
  while (outFd >= 0 || errFd >= 0) {
    Clock::time_point now = Clock::now();
    if (now >= deadline) {
      r.timedOut = true;
      break;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count() + 1;
    pollfd fds[3];
    nfds_t nf = 0;
    int idxIn = -1, idxOut = -1, idxErr = -1;
    if (inFd >= 0) {
      idxIn = static_cast<int>(nf);
      fds[nf++] = {inFd, POLLOUT, 0};
    }
    if (outFd >= 0) {
      idxOut = static_cast<int>(nf);
      fds[nf++] = {outFd, POLLIN, 0};
    }
    if (errFd >= 0) {
      idxErr = static_cast<int>(nf);
      fds[nf++] = {errFd, POLLIN, 0};
    }
    int pr = poll(fds, nf, static_cast<int>(left));
    if (pr < 0) {
      if (errno == EINTR) continue;
      r.error = "poll: " + errnoText();
      break;
    }
    if (idxIn >= 0 && fds[idxIn].revents != 0) {
      ssize_t n = write(inFd, c.stdinData.data() + inOff, c.stdinData.size() - inOff);
      if (n > 0) inOff += static_cast<size_t>(n);
      // EPIPE: the child stopped reading; that's its business, not an error.
      if (inOff >= c.stdinData.size() || (n < 0 && errno != EAGAIN && errno != EINTR)) {
        close(inFd);
        inFd = -1;
      }
    }
    if (idxOut >= 0 && fds[idxOut].revents != 0) drain(outFd, r.out);
    if (idxErr >= 0 && fds[idxErr].revents != 0) drain(errFd, r.err);
  }
  for (int fd : {inFd, outFd, errFd})
    if (fd >= 0) close(fd);

  auto killChild = [pid]() {
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
  };
  bool killed = r.timedOut || !r.error.empty();
  if (killed) killChild();
  int status = 0;
  for (;;) {
    pid_t w = waitpid(pid, &status, killed ? 0 : WNOHANG);
    if (w == pid) break;
    if (w < 0) {
      if (errno == EINTR) continue;
      r.error = "waitpid: " + errnoText();
      return r;
    }
    // Child closed its outputs but is still running: keep honouring the deadline.
    if (Clock::now() >= deadline) {
      r.timedOut = killed = true;
      killChild();
    } else {
      sleepMs(5);
    }
  }
  if (!r.error.empty()) return r;
  if (WIFEXITED(status))
    r.exitCode = WEXITSTATUS(status);
  else if (WIFSIGNALED(status))
    r.exitCode = 128 + WTERMSIG(status);
  r.ok = true;
  return r;
}

struct Op {
  char kind;  // ' ', '-', '+'
  size_t a;   // position in expected
  size_t b;   // position in actual
};

std::vector<Op> diffLines(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  size_t pre = 0;
  while (pre < x.size() && pre < y.size() && x[pre] == y[pre]) ++pre;
  size_t suf = 0;
  while (suf < x.size() - pre && suf < y.size() - pre &&
         x[x.size() - 1 - suf] == y[y.size() - 1 - suf])
    ++suf;
  const size_t n = x.size() - pre - suf, m = y.size() - pre - suf;
  std::vector<Op> ops;
  for (size_t k = 0; k < pre; ++k) ops.push_back({' ', k, k});
  size_t i = 0, j = 0;
  if (n > 0 && m > 0 && m <= kMaxLcsCells / n) {
    const size_t w = m + 1;
    std::vector<uint32_t> t((n + 1) * w, 0);  // t[i][j] = LCS of the suffixes
    for (size_t ii = n; ii-- > 0;)
      for (size_t jj = m; jj-- > 0;)
        t[ii * w + jj] = x[pre + ii] == y[pre + jj]
                             ? t[(ii + 1) * w + jj + 1] + 1
                             : std::max(t[(ii + 1) * w + jj], t[ii * w + jj + 1]);
    while (i < n && j < m) {
      if (x[pre + i] == y[pre + j]) {
        ops.push_back({' ', pre + i, pre + j});
        ++i;
        ++j;
      } else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) {
        ops.push_back({'-', pre + i, pre + j});
        ++i;
      } else {
        ops.push_back({'+', pre + i, pre + j});
        ++j;
      }
    }
  }
  for (; i < n; ++i) ops.push_back({'-', pre + i, pre + j});
  for (; j < m; ++j) ops.push_back({'+', pre + n, pre + j});
  for (size_t k = 0; k < suf; ++k) ops.push_back({' ', pre + n + k, pre + m + k});
  return ops;
}

std::string rangeText(size_t start, size_t count) {
  if (count == 1) return std::to_string(start + 1);
  if (count == 0) return std::to_string(start) + ",0";
  return std::to_string(start + 1) + "," + std::to_string(count);
}

size_t countLines(const std::string& text) {
  size_t n = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  return n + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

void printDiff(const char* what, const std::string& expected, const std::string& actual) {
  std::vector<std::string> x = splitLines(encodeSection(expected));
  std::vector<std::string> y = splitLines(encodeSection(actual));
  auto count = [](const std::string& t) {
    size_t n = countLines(t);
    return std::to_string(n) + (n == 1 ? " line" : " lines");
  };
  std::cout << "  --- expected " << what << " (" << count(expected) << ")\n"
            << "  +++ actual " << what << " (" << count(actual) << ")\n";
  std::vector<Op> ops = diffLines(x, y);
  std::vector<size_t> changes;
  for (size_t k = 0; k < ops.size(); ++k)
    if (ops[k].kind != ' ') changes.push_back(k);
  size_t printed = 0;
  for (size_t k = 0; k < changes.size();) {
    size_t first = changes[k], last = first;
    while (k + 1 < changes.size() && changes[k + 1] - last <= 2 * kContext + 1) last = changes[++k];
    ++k;
    size_t start = first >= kContext ? first - kContext : 0;
    size_t end = std::min(ops.size(), last + kContext + 1);
    size_t oldCount = 0, newCount = 0;
    for (size_t p = start; p < end; ++p) {
      oldCount += ops[p].kind != '+' ? 1 : 0;
      newCount += ops[p].kind != '-' ? 1 : 0;
    }
    std::cout << "  @@ -" << rangeText(ops[start].a, oldCount) << " +"
              << rangeText(ops[start].b, newCount) << " @@\n";
    for (size_t p = start; p < end; ++p) {
      if (printed++ >= kMaxDiffLines) {
        std::cout << "  ... (diff truncated)\n";
        return;
      }
      const std::string& text = ops[p].kind == '+' ? y[ops[p].b] : x[ops[p].a];
      std::cout << "  " << ops[p].kind << text << '\n';
    }
  }
}

bool readFile(const std::string& path, std::string& out, std::string& err) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    err = errnoText();
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    err = "not a regular file";
    close(fd);
    return false;
  }
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errnoText();
      close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return true;
}

// Temp file in the same directory + rename, so an interrupted update never truncates a case.
bool writeAtomically(const std::string& path, const std::string& content, std::string& err) {
  char* real = realpath(path.c_str(), nullptr);  // write through symlinks, don't replace them
  std::string target = real != nullptr ? real : path;
  std::free(real);
  size_t slash = target.rfind('/');
  std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  std::string tmpl = dirOf(target) + "/." + base + ".tmpXXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    err = "cannot create temp file: " + errnoText();
    return false;
  }
  struct stat st;
  if (stat(target.c_str(), &st) == 0) fchmod(fd, st.st_mode & 07777);
  bool ok = writeAll(fd, content.data(), content.size()) && fsync(fd) == 0;
  if (!ok) err = "write failed: " + errnoText();
  if (close(fd) != 0 && ok) {
    ok = false;
    err = "close failed: " + errnoText();
  }
  if (ok && rename(name.data(), target.c_str()) != 0) {
    ok = false;
    err = "rename failed: " + errnoText();
  }
  if (!ok) unlink(name.data());
  return ok;
}

bool resolveBinary(const std::string& given, std::string& out, std::string& err) {
  std::string path;
  if (given.find('/') != std::string::npos) {
    path = given;
  } else {
    const char* envPath = std::getenv("PATH");
    std::string dirs = envPath != nullptr ? envPath : "/usr/bin:/bin";
    size_t start = 0;
    for (;;) {
      size_t colon = dirs.find(':', start);
      std::string d =
          dirs.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      std::string cand = (d.empty() ? std::string(".") : d) + "/" + given;
      if (access(cand.c_str(), X_OK) == 0) {
        path = cand;
        break;
      }
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
    if (path.empty()) {
      err = "not found in PATH";
      return false;
    }
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || access(path.c_str(), X_OK) != 0) {
    err = "not an executable file";
    return false;
  }
  // Absolute, because the child runs in the case file's directory.
  char* real = realpath(path.c_str(), nullptr);
  if (real == nullptr) {
    err = errnoText();
    return false;
  }
  out = real;
  std::free(real);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  // Guarantee fds 0..2 exist so pipe() never hands them out (child dup2 relies on it).
  for (int fd = 0; fd < 3; ++fd)
    if (fcntl(fd, F_GETFD) == -1) open("/dev/null", O_RDWR);
  signal(SIGPIPE, SIG_IGN);  // a child that ignores its stdin must not kill the runner

  bool update = false, verbose = false;
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a == "--update") {
      update = true;
    } else if (a == "--verbose" || a == "-v") {
      verbose = true;
    } else if (a == "--help" || a == "-h") {
      std::cout << kUsage << '\n';
      return 0;
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "golden_runner: unknown option '" << a << "' (" << kUsage << ")\n";
      return 2;
    } else {
      break;
    }
  }
  if (argc - i < 2) {
    std::cerr << kUsage << '\n';
    return 2;
  }
  std::string binary, err;
  if (!resolveBinary(argv[i], binary, err)) {
    std::cerr << "golden_runner: BINARY '" << argv[i] << "': " << err << '\n';
    return 2;
  }

  int passed = 0, failed = 0;
  bool hardError = false;
  auto reportError = [&](const std::string& msg) {
    std::cout.flush();
    std::cerr << "golden_runner: " << msg << '\n';
    hardError = true;
    ++failed;
  };

  for (++i; i < argc; ++i) {
    const std::string path = argv[i];
    std::string content;
    Case c;
    std::vector<std::string> cargv, env;
    if (!readFile(path, content, err)) {
      reportError("cannot read " + path + ": " + err);
      continue;
    }
    if (!parseCase(content, c, err)) {
      reportError(path + ":" + err);
      continue;
    }
    if (!buildCommand(c.command, cargv, env, err)) {
      reportError(path + ":" + std::to_string(c.commandLine) + ": " + err);
      continue;
    }
    RunResult r = runChild(binary, cargv, env, dirOf(path), c);
    if (!r.ok) {
      reportError(path + ": " + r.error);
      continue;
    }
    if (r.timedOut) {
      std::cout << "FAIL " << path << "\n  timed out after " << kTimeoutSeconds << "s; child killed"
                << (update ? " (file not updated)" : "") << '\n';
      ++failed;
    } else if (update) {
      if (!representable(r.out) || !representable(r.err)) {
        std::cout << "FAIL " << path << "\n  output has a line that reads as a '>>> ' marker or '"
                  << kNoEol << "'; cannot store it (file not updated)\n";
        ++failed;
      } else {
        std::string next;
        for (const std::string& l : c.header) next += l + "\n";
        next += ">>> stdout\n" + encodeSection(r.out) + ">>> stderr\n" + encodeSection(r.err) +
                ">>> exit " + std::to_string(r.exitCode) + "\n";
        if (next == content) {
          ++passed;
          if (verbose) std::cout << "ok " << path << '\n';
        } else if (writeAtomically(path, next, err)) {
          std::cout << "updated " << path << '\n';
          ++passed;
        } else {
          reportError("cannot update " + path + ": " + err);
        }
      }
    } else {
      bool okOut = r.out == c.expOut, okErr = r.err == c.expErr, okExit = r.exitCode == c.expExit;
      if (okOut && okErr && okExit) {
        ++passed;
        if (verbose) std::cout << "ok " << path << '\n';
      } else {
        std::cout << "FAIL " << path << '\n';
        if (!okOut) printDiff("stdout", c.expOut, r.out);
        if (!okErr) printDiff("stderr", c.expErr, r.err);
        if (!okExit)
          std::cout << "  exit code: expected " << c.expExit << ", got " << r.exitCode << '\n';
        ++failed;
      }
    }
    std::cout.flush();
  }
  std::cout << passed << " passed, " << failed << " failed" << std::endl;
  return hardError ? 2 : (failed > 0 ? 1 : 0);
}
