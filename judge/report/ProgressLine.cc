#include "judge/report/ProgressLine.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <iostream>
#include <utility>

#include <fmt/format.h>

namespace judge {
namespace {

constexpr std::string_view kEraseLine = "\r\033[K";

}  // namespace

std::string ProgressText(std::size_t done, std::size_t total, std::string_view what) {
  return fmt::format("[{}/{}] {} ...", done, total, what);
}

ProgressLine ProgressLine::OnStderr() {
  if (isatty(STDERR_FILENO) == 0) return ProgressLine(std::cerr, false);
  winsize size{};
  const std::size_t columns =
      ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 1 ? size.ws_col - 1 : 0;
  return ProgressLine(std::cerr, true, columns);
}

ProgressLine::ProgressLine(std::ostream& out, bool enabled, std::size_t columns)
    : out_(&out), enabled_(enabled), columns_(columns) {}

ProgressLine::ProgressLine(ProgressLine&& other) noexcept
    : out_(other.out_),
      enabled_(std::exchange(other.enabled_, false)),
      columns_(other.columns_),
      shown_(std::exchange(other.shown_, false)) {}

ProgressLine::~ProgressLine() { Clear(); }

void ProgressLine::Show(std::string_view text) {
  if (!enabled_) return;
  if (columns_ > 0 && text.size() > columns_) text = text.substr(0, columns_);
  // What went to stdout first, so the line is drawn after it, not under it.
  std::cout << std::flush;
  *out_ << kEraseLine << text << std::flush;
  shown_ = true;
}

void ProgressLine::Clear() {
  if (!enabled_ || !shown_) return;
  *out_ << kEraseLine << std::flush;
  shown_ = false;
}

}  // namespace judge
