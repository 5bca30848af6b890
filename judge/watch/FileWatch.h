// FileWatch: tells when one file is saved, through inotify on its folder, so that editors
// that save by writing a temporary file and renaming it over the original are seen too.
#pragma once

#include <chrono>
#include <expected>
#include <filesystem>
#include <string>

namespace judge::watch {

enum class WatchEvent {
  Changed,      // the file was written, created or renamed into place
  Interrupted,  // the interrupt descriptor became readable (a stop was asked for)
};

class FileWatch {
 public:
  /// Watches `file`'s folder for events on `file`'s name. The error names the folder and
  /// the failing call.
  static std::expected<FileWatch, std::string> Open(const std::filesystem::path& file);

  FileWatch(FileWatch&& other) noexcept;
  FileWatch& operator=(FileWatch&&) = delete;
  FileWatch(const FileWatch&) = delete;
  ~FileWatch();

  /// Blocks until the file changes and then `quiet` passes with no further event on it
  /// (an editor's save is a burst: truncate, write, close, rename), or until
  /// `interrupt_fd` is readable. The error says why watching cannot go on (the folder is
  /// gone, inotify failed).
  std::expected<WatchEvent, std::string> WaitForChange(int interrupt_fd,
                                                       std::chrono::milliseconds quiet);

  /// Whether a change is already waiting, without blocking: a save made while judging.
  bool ChangePending();

 private:
  FileWatch(int fd, std::filesystem::path folder, std::string name);
  // Reads what inotify has queued: whether any event was on the file, or why none can come.
  std::expected<bool, std::string> Drain();

  int fd_ = -1;
  std::filesystem::path folder_;
  std::string name_;
  bool pending_ = false;  // a change read by ChangePending, not yet returned
};

}  // namespace judge::watch
