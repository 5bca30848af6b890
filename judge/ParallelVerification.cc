#include "judge/ParallelVerification.h"

#include <algorithm>
#include <boost/process.hpp>
#include <charconv>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "judge/report/JsonReport.h"

namespace judge {
namespace bp = boost::process;
namespace fs = std::filesystem;
namespace {

ProblemVerification Failed(const fs::path& dir, std::string why) {
  ProblemVerification verification;
  verification.dir = dir;
  verification.problem_id = dir.filename().string();
  verification.error = std::move(why);
  return verification;
}

std::string LastLine(const std::string& text) {
  std::string trimmed = text;
  while (!trimmed.empty() && trimmed.back() == '\n') trimmed.pop_back();
  const auto start = trimmed.rfind('\n');
  return start == std::string::npos ? trimmed : trimmed.substr(start + 1);
}

ProblemVerification VerifyInProcess(const fs::path& judge_binary, const fs::path& dir) {
  bp::ipstream out, err;
  std::string out_text, err_text;
  int exit_code = -1;
  try {
    bp::child child(judge_binary.string(), bp::args({"--json", "verify", dir.string()}),
                    bp::std_out > out, bp::std_err > err, bp::std_in < bp::null);
    // stderr is drained on its own thread so that neither pipe can fill and stall the child.
    std::thread drain_err([&] {
      std::stringstream text;
      text << err.rdbuf();
      err_text = text.str();
    });
    std::stringstream text;
    text << out.rdbuf();
    out_text = text.str();
    drain_err.join();
    child.wait();
    exit_code = child.exit_code();
  } catch (const std::exception& error) {
    return Failed(dir, fmt::format("could not start {}: {}", judge_binary.string(), error.what()));
  }
  const auto document = nlohmann::json::parse(out_text, nullptr, false);
  if (document.is_discarded()) {
    return Failed(dir, fmt::format("judge verify {} ended with exit code {} and no report: {}",
                                   dir.string(), exit_code, LastLine(err_text)));
  }
  if (document.contains("error")) {
    return Failed(dir, document["error"].value("message", document["error"].dump()));
  }
  auto verifications = VerificationsFromJson(document);
  if (!verifications || verifications->size() != 1) {
    return Failed(dir, fmt::format("judge verify {}: {}", dir.string(),
                                   verifications ? "not one problem in the report"
                                                 : verifications.error()));
  }
  return std::move(verifications->front());
}

}  // namespace

std::vector<ProblemVerification> VerifyInProcesses(
    const fs::path& judge_binary, const std::vector<fs::path>& dirs, int jobs,
    const std::function<void(const ProblemVerification&)>& done) {
  std::vector<std::optional<ProblemVerification>> results(dirs.size());
  std::mutex mutex;
  std::condition_variable finished;
  std::size_t next = 0;
  std::vector<std::jthread> workers;
  for (int w = 0; w < std::max(1, jobs); ++w) {
    workers.emplace_back([&] {
      for (;;) {
        std::size_t mine;
        {
          std::lock_guard lock(mutex);
          if (next == dirs.size()) return;
          mine = next++;
        }
        ProblemVerification verification = VerifyInProcess(judge_binary, dirs[mine]);
        std::lock_guard lock(mutex);
        results[mine] = std::move(verification);
        finished.notify_all();
      }
    });
  }
  std::vector<ProblemVerification> verifications;
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    std::unique_lock lock(mutex);
    finished.wait(lock, [&] { return results[i].has_value(); });
    verifications.push_back(*results[i]);
    lock.unlock();
    done(verifications.back());
  }
  return verifications;
}

std::expected<std::vector<fs::path>, std::string> Shard(std::vector<fs::path> dirs,
                                                        const std::string& spec) {
  const auto slash = spec.find('/');
  int k = 0, n = 0;
  const auto read = [](std::string_view text, int& value) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc{} && end == text.data() + text.size();
  };
  if (slash == std::string::npos || !read(std::string_view(spec).substr(0, slash), k) ||
      !read(std::string_view(spec).substr(slash + 1), n) || n < 1 || k < 1 || k > n) {
    return std::unexpected(fmt::format(
        "--shard '{}': write K/N with 1 <= K <= N, e.g. 2/4 for the second of four", spec));
  }
  std::ranges::sort(dirs, {}, [](const fs::path& dir) { return dir.filename().string(); });
  std::vector<fs::path> mine;
  for (std::size_t i = static_cast<std::size_t>(k - 1); i < dirs.size(); i += n) {
    mine.push_back(dirs[i]);
  }
  return mine;
}

}  // namespace judge
