#include "judge/watch/FileWatch.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

#include <fmt/format.h>

namespace judge::watch {
namespace {

// Every way a name can come to hold new contents or lose them. IN_MODIFY alone would miss
// a rename-over save; IN_CLOSE_WRITE alone would miss an editor that keeps the file open.
constexpr std::uint32_t kFileEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_MOVED_TO |
                                      IN_DELETE | IN_MOVED_FROM | IN_ATTRIB;
constexpr std::uint32_t kFolderGone = IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_UNMOUNT;

}  // namespace

std::expected<FileWatch, std::string> FileWatch::Open(const std::filesystem::path& file) {
  std::filesystem::path folder = file.parent_path();
  if (folder.empty()) folder = ".";
  const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) return std::unexpected(fmt::format("inotify_init1: {}", std::strerror(errno)));
  if (inotify_add_watch(fd, folder.c_str(), kFileEvents | IN_DELETE_SELF | IN_MOVE_SELF) < 0) {
    const int error = errno;
    close(fd);
    return std::unexpected(fmt::format("cannot watch {}: inotify_add_watch: {}", folder.string(),
                                       std::strerror(error)));
  }
  return FileWatch(fd, std::move(folder), file.filename().string());
}

FileWatch::FileWatch(int fd, std::filesystem::path folder, std::string name)
    : fd_(fd), folder_(std::move(folder)), name_(std::move(name)) {}

FileWatch::FileWatch(FileWatch&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      folder_(std::move(other.folder_)),
      name_(std::move(other.name_)),
      pending_(other.pending_) {}

FileWatch::~FileWatch() {
  if (fd_ >= 0) close(fd_);
}

std::expected<bool, std::string> FileWatch::Drain() {
  bool changed = false;
  alignas(inotify_event) std::array<char, 16 << 10> buffer;
  while (true) {
    const ssize_t got = read(fd_, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0 && errno == EAGAIN) return changed;
    if (got <= 0) return std::unexpected(fmt::format("reading inotify: {}", std::strerror(errno)));
    for (ssize_t at = 0; at < got;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      if ((event->mask & kFolderGone) != 0) {
        return std::unexpected(fmt::format("{}: the folder is gone", folder_.string()));
      }
      // Past the queue's end the kernel dropped events: assume one was ours.
      if ((event->mask & IN_Q_OVERFLOW) != 0) changed = true;
      if (event->len > 0 && name_ == event->name) changed = true;
    }
  }
}

bool FileWatch::ChangePending() {
  auto changed = Drain();
  // An error is reported by the next WaitForChange, which reads the same queue.
  if (changed && *changed) pending_ = true;
  return pending_;
}

std::expected<WatchEvent, std::string> FileWatch::WaitForChange(int interrupt_fd,
                                                               std::chrono::milliseconds quiet) {
  bool changed = std::exchange(pending_, false);
  while (true) {
    pollfd fds[2] = {{fd_, POLLIN, 0}, {interrupt_fd, POLLIN, 0}};
    // Nothing yet: wait as long as it takes. A change seen: wait out the burst.
    const int ready = poll(fds, 2, changed ? static_cast<int>(quiet.count()) : -1);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) return std::unexpected(fmt::format("poll: {}", std::strerror(errno)));
    if ((fds[1].revents & POLLIN) != 0) return WatchEvent::Interrupted;
    if (ready == 0) return WatchEvent::Changed;  // quiet for long enough after a change
    auto drained = Drain();
    if (!drained) return std::unexpected(drained.error());
    changed = changed || *drained;
  }
}

}  // namespace judge::watch
