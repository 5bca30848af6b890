#include "sandbox/ForkServer.h"

#include <fcntl.h>
#include <sched.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <map>
#include <vector>

#include "sandbox/MemoryFile.h"
#include "sandbox/ProcStatus.h"
#include "sandbox/SocketMessage.h"

namespace sandbox {
namespace {

// The descriptors of a request, in this order; then those of the optional ones the plan has
// (the Landlock ruleset, the prepared namespaces to join), in their order.
enum RequestFd { kStdin, kStdout, kStderr, kReport, kPayload, kReply, kRequestFds };
constexpr int kOptionalFds = 6;
constexpr int kMostRequestFds = kRequestFds + kOptionalFds;
static_assert(kMostRequestFds <= kMostReceivedFds);

// The plan's optional descriptors (-1: it has none), and where the server puts them.
std::array<int, kOptionalFds> OptionalFds(const ChildPlan& plan) {
  const JoinedNamespaces& joined = plan.joined;
  return {plan.ruleset_fd, joined.user, joined.mount, joined.net, joined.ipc, joined.uts};
}
std::array<int*, kOptionalFds> OptionalFdSlots(ChildPlan& plan) {
  JoinedNamespaces& joined = plan.joined;
  return {&plan.ruleset_fd, &joined.user, &joined.mount, &joined.net, &joined.ipc, &joined.uts};
}

// A ChildPlan without pointers, as it travels to the server.
std::string EncodePlan(const ChildPlan& plan) {
  std::string out;
  const auto put = [&](const void* data, std::size_t size) {
    out.append(static_cast<const char*>(data), size);
  };
  const auto put_string = [&](const std::string& text) {
    const std::uint32_t size = static_cast<std::uint32_t>(text.size());
    put(&size, sizeof size);
    out += text;
  };
  put_string(plan.working_dir);
  put_string(plan.cgroup_procs);
  put_string(plan.pids_procs);
  const std::uint32_t count = static_cast<std::uint32_t>(plan.limits.size());
  put(&count, sizeof count);
  for (const auto& [resource, limit] : plan.limits) {
    put(&resource, sizeof resource);
    put(&limit, sizeof limit);
  }
  put(&plan.processes, sizeof plan.processes);
  const char drop = plan.drop_to_nobody ? 1 : 0;
  put(&drop, 1);
  char present = 0;  // a bit for each optional descriptor that comes along
  for (int i = 0; i < kOptionalFds; ++i) {
    if (OptionalFds(plan)[i] >= 0) present |= static_cast<char>(1 << i);
  }
  put(&present, 1);
  return out;
}

// `present`: which optional descriptors come with the plan (a bit each).
bool DecodePlan(const std::string& in, ChildPlan& plan, int& present) {
  std::size_t pos = 0;
  const auto get = [&](void* data, std::size_t size) {
    if (in.size() - pos < size) return false;
    std::memcpy(data, in.data() + pos, size);
    pos += size;
    return true;
  };
  const auto get_string = [&](std::string& text) {
    std::uint32_t size = 0;
    if (!get(&size, sizeof size) || in.size() - pos < size) return false;
    text.assign(in, pos, size);
    pos += size;
    return true;
  };
  std::uint32_t count = 0;
  if (!get_string(plan.working_dir) || !get_string(plan.cgroup_procs) ||
      !get_string(plan.pids_procs) ||
      !get(&count, sizeof count) || count > 64) {
    return false;
  }
  plan.limits.resize(count);
  for (auto& [resource, limit] : plan.limits) {
    if (!get(&resource, sizeof resource) || !get(&limit, sizeof limit)) return false;
  }
  char drop = 0, optional = 0;
  if (!get(&plan.processes, sizeof plan.processes) || !get(&drop, 1) || !get(&optional, 1)) {
    return false;
  }
  plan.drop_to_nobody = drop != 0;
  present = optional & ((1 << kOptionalFds) - 1);
  return pos == in.size();
}

bool SendWithFds(int socket, const void* data, std::size_t size, const int* fds, int count) {
  iovec iov{const_cast<void*>(data), size};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMostRequestFds)] = {};
  msghdr message{};
  message.msg_iov = &iov;
  message.msg_iovlen = 1;
  if (count > 0) {
    message.msg_control = control;
    message.msg_controllen = CMSG_SPACE(sizeof(int) * count);
    cmsghdr* header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int) * count);
    std::memcpy(CMSG_DATA(header), fds, sizeof(int) * count);
  }
  ssize_t sent;
  do sent = sendmsg(socket, &message, MSG_NOSIGNAL);
  while (sent < 0 && errno == EINTR);
  return sent == static_cast<ssize_t>(size);
}

std::string ReadAll(int fd) {
  std::string text;
  char buffer[1 << 16];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
    if (n > 0) text.append(buffer, static_cast<std::size_t>(n));
  }
  return text;
}

struct SpawnReply {
  pid_t pid = -1;
  int error = 0;  // errno of the server's fork, when pid < 0
};

// The server's life: serve requests until the judge hangs up, reap children as they end.
[[noreturn]] void Serve(int control, const SeccompPolicy& policy, const ForkServer::Entry& entry) {
  sigset_t child_signal, previous;
  sigemptyset(&child_signal);
  sigaddset(&child_signal, SIGCHLD);
  sigprocmask(SIG_BLOCK, &child_signal, &previous);
  const int signals = signalfd(-1, &child_signal, SFD_CLOEXEC | SFD_NONBLOCK);
  std::map<pid_t, int> channels;  // each live child's reply channel
  while (true) {
    pollfd fds[2] = {{control, POLLIN, 0}, {signals, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0 && errno != EINTR) _exit(1);
    if ((fds[1].revents & POLLIN) != 0) {
      signalfd_siginfo info;
      while (read(signals, &info, sizeof info) > 0) {
      }
      ChildExit ended;
      pid_t pid;
      while ((pid = wait4(-1, &ended.status, WNOHANG, &ended.usage)) > 0) {
        if (auto found = channels.find(pid); found != channels.end()) {
          (void)!send(found->second, &ended, sizeof ended, MSG_NOSIGNAL);
          close(found->second);
          channels.erase(found);
        }
      }
    }
    if ((fds[0].revents & (POLLIN | POLLHUP)) == 0) continue;
    std::vector<int> received;
    std::string request(64 << 10, '\0');
    const ssize_t got = ReceiveMessage(control, request.data(), request.size(), &received, nullptr);
    if (got <= 0) _exit(0);  // the judge is gone
    request.resize(static_cast<std::size_t>(got));
    ChildPlan plan;
    int present = 0;
    if (!DecodePlan(request, plan, present) ||
        received.size() != static_cast<std::size_t>(kRequestFds + std::popcount(
                                                         static_cast<unsigned>(present)))) {
      for (int fd : received) close(fd);
      continue;
    }
    std::size_t next = kRequestFds;
    for (int i = 0; i < kOptionalFds; ++i) {
      if ((present & (1 << i)) != 0) *OptionalFdSlots(plan)[i] = received[next++];
    }
    const std::string payload = ReadAll(received[kPayload]);
    plan.policy = &policy;
    plan.stdin_fd = received[kStdin];
    plan.stdout_fd = received[kStdout];
    plan.stderr_fd = received[kStderr];
    plan.report_fd = received[kReport];
    SpawnReply reply;
    // The child starts on this CPU, which is awake, rather than on an idle one that a VM
    // takes milliseconds to wake; it may move anywhere once it runs.
    cpu_set_t all, here;
    const bool pinned = sched_getaffinity(0, sizeof all, &all) == 0;
    if (pinned) {
      CPU_ZERO(&here);
      CPU_SET(sched_getcpu(), &here);
      sched_setaffinity(0, sizeof here, &here);
    }
    reply.pid = fork();
    if (pinned) sched_setaffinity(0, sizeof all, &all);
    if (reply.pid == 0) {
      sigprocmask(SIG_SETMASK, &previous, nullptr);
      close(control);
      close(signals);
      EnterSandbox(plan);
      // Set up: the supervisor reads EOF where a failed step would have been reported.
      close(kReportFd);
      _exit(entry(payload));
    }
    reply.error = reply.pid < 0 ? errno : 0;
    // The pidfd is taken before this loop can reap the child, so it names this child.
    const int pidfd = reply.pid > 0 ? static_cast<int>(syscall(SYS_pidfd_open, reply.pid, 0)) : -1;
    const int reply_fds[1] = {pidfd};
    SendWithFds(received[kReply], &reply, sizeof reply, reply_fds, pidfd >= 0 ? 1 : 0);
    if (pidfd >= 0) close(pidfd);
    if (reply.pid > 0) {
      channels[reply.pid] = received[kReply];
    } else {
      close(received[kReply]);
    }
    for (std::size_t i = 0; i < received.size(); ++i) {
      if (i != kReply) close(received[i]);
    }
  }
}

}  // namespace

std::expected<std::unique_ptr<ForkServer>, SandboxError> ForkServer::Start(
    const SeccompPolicy& policy, WarmUp warm_up, Entry entry) {
  int sockets[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sockets) != 0) {
    return std::unexpected(ErrnoError("socketpair", errno));
  }
  const pid_t pid = fork();
  if (pid < 0) {
    close(sockets[0]);
    close(sockets[1]);
    return std::unexpected(ErrnoError("fork", errno));
  }
  if (pid == 0) {
    close(sockets[0]);
    // The server lives exactly as long as the judge.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // Nothing may unwind from here into the judge's own code, which this process shares.
    try {
      if (warm_up) warm_up();
    } catch (const std::exception& error) {
      (void)!write(2, "fork server: warm-up failed: ", 29);
      (void)!write(2, error.what(), std::strlen(error.what()));
      (void)!write(2, "\n", 1);
      _exit(1);
    } catch (...) {
      _exit(1);
    }
    // The judge's own stdio is not the server's to keep: whoever reads the judge's output
    // waits for every holder of it to let go, and a dying server holds on until its whole
    // address space is torn down. Each child gets its own stdio with its request.
    if (const int null = open("/dev/null", O_RDWR | O_CLOEXEC); null >= 0) {
      for (int fd = 0; fd <= 2; ++fd) dup2(null, fd);
      if (null > 2) close(null);
    }
    Serve(sockets[1], policy, entry);
  }
  close(sockets[1]);
  return std::unique_ptr<ForkServer>(new ForkServer(pid, sockets[0], policy));
}

ForkServer::~ForkServer() {
  close(control_);
  kill(pid_, SIGKILL);
  // Reaped if already gone; otherwise it dies on its own time (SIGKILL cannot be caught),
  // and the judge, usually exiting now, does not wait out the teardown of its heap.
  (void)waitpid(pid_, nullptr, WNOHANG);
}

std::expected<ForkServer::Child, SandboxError> ForkServer::Spawn(const ChildPlan& plan,
                                                                 const std::string& payload) const {
  auto payload_file = MemoryFileWith("payload", payload);
  if (!payload_file) return std::unexpected(payload_file.error());
  const int payload_fd = *payload_file;
  int channel[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, channel) != 0) {
    close(payload_fd);
    return std::unexpected(ErrnoError("socketpair", errno));
  }
  const std::string encoded = EncodePlan(plan);
  int fds[kMostRequestFds] = {plan.stdin_fd, plan.stdout_fd, plan.stderr_fd, plan.report_fd,
                              payload_fd, channel[1]};
  int count = kRequestFds;
  for (int optional : OptionalFds(plan)) {
    if (optional >= 0) fds[count++] = optional;
  }
  bool sent;
  {
    std::lock_guard lock(mutex_);
    sent = SendWithFds(control_, encoded.data(), encoded.size(), fds, count);
  }
  close(payload_fd);
  close(channel[1]);
  if (!sent) {
    close(channel[0]);
    return std::unexpected(ErrnoError("sending to the fork server", errno));
  }
  SpawnReply reply;
  std::vector<int> received;
  const ssize_t got = ReceiveMessage(channel[0], &reply, sizeof reply, &received, nullptr);
  if (got != static_cast<ssize_t>(sizeof reply) || reply.pid <= 0 || received.size() != 1) {
    for (int fd : received) close(fd);
    close(channel[0]);
    if (got == static_cast<ssize_t>(sizeof reply) && reply.pid < 0) {
      return std::unexpected(ErrnoError("the fork server's fork", reply.error));
    }
    return std::unexpected(SandboxError{"the fork server did not answer"});
  }
  return Child{reply.pid, received[0], channel[0]};
}

std::int64_t ForkServer::AddressSpaceBytes() const { return ProcStatusBytes(pid_, "VmSize"); }

std::expected<ChildExit, SandboxError> ForkServer::AwaitExit(int channel) {
  ChildExit ended;
  ssize_t got;
  do got = recv(channel, &ended, sizeof ended, 0);
  while (got < 0 && errno == EINTR);
  if (got != static_cast<ssize_t>(sizeof ended)) {
    return std::unexpected(SandboxError{"the fork server went away before the child ended"});
  }
  return ended;
}

}  // namespace sandbox
