// ProgressLine: one status line on a terminal ("[12/62] two-sum ..."), redrawn in place with
// \r and erased when done, so that it never stays in the output around it or in a log.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace judge {

/// "[12/62] two-sum ...": `done` of `total` steps finished, `what` the one under way.
std::string ProgressText(std::size_t done, std::size_t total, std::string_view what);

class ProgressLine {
 public:
  /// On stderr, and only when stderr is a terminal (else every call does nothing), cut to
  /// the terminal's width: a line that wraps cannot be redrawn with \r.
  static ProgressLine OnStderr();
  /// On `out`, when `enabled`, cut to `columns` (0: no cut).
  ProgressLine(std::ostream& out, bool enabled, std::size_t columns = 0);
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine(ProgressLine&& other) noexcept;
  ~ProgressLine();

  /// Replaces the line with `text`.
  void Show(std::string_view text);
  /// Erases the line, e.g. before printing a result the line would otherwise run into.
  void Clear();
  bool enabled() const { return enabled_; }

 private:
  std::ostream* out_;
  bool enabled_ = false;
  std::size_t columns_ = 0;
  bool shown_ = false;
};

}  // namespace judge
