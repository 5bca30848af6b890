// sandbox_probe: one static program with many behaviours, chosen by argv[1], that the
// sandbox tests run under the real Launcher (never outside it).
#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

int Recurse(int depth) {
  volatile char frame[256];
  frame[0] = static_cast<char>(depth);
  if (depth == 0) return frame[0];
  return Recurse(depth - 1) + frame[0];
}

}  // namespace

int main(int argc, char** argv) {
  const std::string action = argc > 1 ? argv[1] : "";
  if (action == "echo") {
    std::cout << std::cin.rdbuf();
    return 0;
  }
  if (action == "exit") return std::atoi(argv[2]);
  if (action == "stderr") {
    std::cerr << "oops";
    return 0;
  }
  if (action == "segv") {
    volatile int* p = nullptr;
    return *p;
  }
  if (action == "abort") std::abort();
  if (action == "spin") {
    volatile unsigned long i = 0;
    while (true) i = i + 1;
  }
  if (action == "sleep") {
    while (true) sleep(100);
  }
  if (action == "memory") {
    std::vector<char*> blocks;
    while (true) {
      char* block = new char[1 << 20];
      std::memset(block, 1, 1 << 20);
      blocks.push_back(block);
    }
  }
  if (action == "allocate") {  // allocate and touch argv[2] MiB, then exit normally
    const long mib = std::atol(argv[2]);
    std::vector<char> data(static_cast<std::size_t>(mib) << 20, 1);
    std::cout << static_cast<int>(data[data.size() / 2]) << "\n";
    return 0;
  }
  if (action == "flood-stdout" || action == "flood-stderr") {
    const int fd = action == "flood-stdout" ? 1 : 2;
    static char buffer[1 << 16];
    std::memset(buffer, 'x', sizeof buffer);
    while (true) (void)!write(fd, buffer, sizeof buffer);
  }
  if (action == "recurse") return Recurse(std::atoi(argv[2])) == 12345 ? 1 : 0;
  if (action == "fork") {
    const pid_t pid = fork();
    return pid >= 0 ? 0 : 3;
  }
  if (action == "exec") {
    char* args[] = {const_cast<char*>("/bin/sh"), const_cast<char*>("-c"),
                    const_cast<char*>("echo escaped"), nullptr};
    execv("/bin/sh", args);
    return 4;
  }
  if (action == "exec-fd") {
    // The Launcher's exec descriptor is closed and cannot be recreated above RLIMIT_NOFILE,
    // so the one execveat the policy allows can never run again.
    if (fcntl(0, F_DUPFD, 255) >= 0) return 50;
    syscall(SYS_execveat, 255, "", argv, environ, 0x1000 /* AT_EMPTY_PATH */);
    return errno == EBADF ? 5 : 51;
  }
  if (action == "socket") return socket(AF_INET, SOCK_STREAM, 0) >= 0 ? 0 : 6;
  if (action == "open") return open("/etc/passwd", O_RDONLY) >= 0 ? 0 : 7;
  if (action == "namespace") {  // the link naming this process's namespace of a kind
    char link[256] = {};
    const std::string path = std::string("/proc/self/ns/") + argv[2];
    if (readlink(path.c_str(), link, sizeof link - 1) < 0) std::cout << "errno " << errno;
    std::cout << link;
    return 0;
  }
  if (action == "exists") {  // "ok" or the errno of access(F_OK), which Landlock allows
    if (access(argv[2], F_OK) != 0) {
      std::cout << "errno " << errno;
    } else {
      std::cout << "ok";
    }
    return 0;
  }
  if (action == "cwd") {
    char cwd[4096] = {};
    std::cout << (getcwd(cwd, sizeof cwd) != nullptr ? cwd : "errno " + std::to_string(errno));
    return 0;
  }
  if (action == "read" || action == "write") {  // says "ok" or the errno of the open
    const int fd = action == "read" ? open(argv[2], O_RDONLY)
                                    : open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
      std::cout << "errno " << errno;
    } else {
      std::cout << "ok";
    }
    return 0;
  }
  if (action == "kill-parent") return kill(getppid(), SIGKILL) == 0 ? 0 : 8;
  if (action == "kill-all") return kill(-1, SIGKILL) == 0 ? 0 : 9;
  if (action == "clone3") {
    // ENOSYS is expected, not death: glibc must be able to fall back to clone.
    return syscall(435 /* clone3 */, nullptr, 0) < 0 && errno == ENOSYS ? 0 : 10;
  }
  if (action == "pid") {
    std::cout << getpid() << "\n";
    return 0;
  }
  if (action == "orphan") {  // leaves behind a child that holds stdout open and sleeps
    const pid_t child = fork();
    if (child < 0) return 3;
    if (child == 0) {
      while (true) sleep(100);
    }
    std::cout << "left " << child << "\n";
    return 0;
  }
  if (action == "uid") {
    std::cout << getuid() << "\n";
    return 0;
  }
  std::cerr << "unknown action '" << action << "'\n";
  return 2;
}
