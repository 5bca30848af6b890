#include "sandbox/FileAccess.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace sandbox {
namespace {

// The kernel's structures as of ABI 6; Debian 12's headers stop at ABI 2. A larger structure
// than a kernel knows is accepted as long as the fields it does not know are zero.
struct RulesetAttr {
  std::uint64_t handled_access_fs = 0;
  std::uint64_t handled_access_net = 0;
  std::uint64_t scoped = 0;
};
struct __attribute__((packed)) PathBeneathAttr {
  std::uint64_t allowed_access;
  std::int32_t parent_fd;
};
constexpr int kRulePathBeneath = 1;
constexpr unsigned kCreateRulesetVersion = 1U << 0;

constexpr std::uint64_t kExecute = 1ULL << 0;
constexpr std::uint64_t kWriteFile = 1ULL << 1;
constexpr std::uint64_t kReadFile = 1ULL << 2;
constexpr std::uint64_t kReadDir = 1ULL << 3;
constexpr std::uint64_t kRemoveDir = 1ULL << 4;
constexpr std::uint64_t kRemoveFile = 1ULL << 5;
constexpr std::uint64_t kMakeDir = 1ULL << 7;
constexpr std::uint64_t kMakeReg = 1ULL << 8;
constexpr std::uint64_t kMakeSym = 1ULL << 12;
constexpr std::uint64_t kRefer = 1ULL << 13;     // ABI 2
constexpr std::uint64_t kTruncate = 1ULL << 14;  // ABI 3
constexpr std::uint64_t kIoctlDev = 1ULL << 15;  // ABI 5
constexpr std::uint64_t kNetBindTcp = 1ULL << 0;     // ABI 4
constexpr std::uint64_t kNetConnectTcp = 1ULL << 1;  // ABI 4
constexpr std::uint64_t kScopeAbstractUnix = 1ULL << 0;  // ABI 6
constexpr std::uint64_t kScopeSignal = 1ULL << 1;        // ABI 6
// Rights that make sense on a file, not only on a directory.
constexpr std::uint64_t kFileRights = kExecute | kWriteFile | kReadFile | kTruncate | kIoctlDev;

// Every file-system right this ABI can deny.
std::uint64_t HandledFs(int abi) {
  std::uint64_t rights = (1ULL << 13) - 1;  // ABI 1: execute ... make_sym
  if (abi >= 2) rights |= kRefer;
  if (abi >= 3) rights |= kTruncate;
  if (abi >= 5) rights |= kIoctlDev;
  return rights;
}

std::uint64_t RightsOf(const PathAccess& access, int abi, bool is_directory) {
  std::uint64_t rights = 0;
  if (access.read) rights |= kReadFile | kReadDir;
  if (access.execute) rights |= kExecute;
  if (access.write) {
    rights |= kWriteFile | kRemoveDir | kRemoveFile | kMakeDir | kMakeReg | kMakeSym;
    if (abi >= 3) rights |= kTruncate;
  }
  rights &= HandledFs(abi);
  return is_directory ? rights : rights & kFileRights;
}

// Adds the rule for one opened path.
int AddRule(int ruleset, int fd, std::uint64_t rights) {
  if (rights == 0) return 0;
  PathBeneathAttr rule{rights, fd};
  return syscall(SYS_landlock_add_rule, ruleset, kRulePathBeneath, &rule, 0) == 0 ? 0 : errno;
}

}  // namespace

int LandlockAbi() {
  static const int abi = [] {
    const long version = syscall(SYS_landlock_create_ruleset, nullptr, 0, kCreateRulesetVersion);
    return version < 0 ? 0 : static_cast<int>(version);
  }();
  return abi;
}

std::expected<int, SandboxError> MakeLandlockRuleset(const FileAccess& access, int executable_fd) {
  const int abi = LandlockAbi();
  if (abi == 0) return -1;
  RulesetAttr attr;
  attr.handled_access_fs = HandledFs(abi);
  // No TCP at all (the seccomp policies allow no sockets either), and no signal or abstract
  // socket reaching outside the run.
  if (abi >= 4) attr.handled_access_net = kNetBindTcp | kNetConnectTcp;
  if (abi >= 6) attr.scoped = kScopeAbstractUnix | kScopeSignal;
  const int ruleset =
      static_cast<int>(syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0));
  if (ruleset < 0) return std::unexpected(ErrnoError("landlock_create_ruleset", errno));
  const auto fail = [&](const std::string& what, int err) {
    close(ruleset);
    return std::unexpected(ErrnoError(what, err));
  };
  if (executable_fd >= 0) {
    if (int err = AddRule(ruleset, executable_fd, (kExecute | kReadFile) & HandledFs(abi)); err != 0) {
      return fail("landlock_add_rule for the executable", err);
    }
  }
  for (const PathAccess& path : access.allowed) {
    const int fd = open(path.path.c_str(), O_PATH | O_CLOEXEC);
    if (fd < 0) {
      if (errno == ENOENT) continue;  // nothing there to allow (no /lib64 on some systems)
      return fail("opening " + path.path.string() + " for a Landlock rule", errno);
    }
    struct stat info {};
    const bool is_directory = fstat(fd, &info) == 0 && S_ISDIR(info.st_mode);
    const int err = AddRule(ruleset, fd, RightsOf(path, abi, is_directory));
    close(fd);
    if (err != 0) return fail("landlock_add_rule for " + path.path.string(), err);
  }
  return ruleset;
}

int RestrictSelf(int ruleset_fd) {
  return syscall(SYS_landlock_restrict_self, ruleset_fd, 0) == 0 ? 0 : errno;
}

}  // namespace sandbox
