#include "judge/mock/LineInput.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <string_view>
#include <thread>

namespace judge::mock {
namespace {

using namespace std::chrono_literals;
using Kind = InputEvent::Kind;

class LineInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(pipe(lines_), 0);
    ASSERT_EQ(pipe(interrupt_), 0);
  }
  void TearDown() override {
    for (int fd : {lines_[0], lines_[1], interrupt_[0], interrupt_[1]}) {
      if (fd >= 0) close(fd);
    }
  }
  void Send(std::string_view text) {
    ASSERT_EQ(write(lines_[1], text.data(), text.size()), static_cast<ssize_t>(text.size()));
  }
  void CloseLines() {
    close(lines_[1]);
    lines_[1] = -1;
  }
  void Interrupt() { ASSERT_EQ(write(interrupt_[1], "x", 1), 1); }
  static std::chrono::steady_clock::time_point Soon() {
    return std::chrono::steady_clock::now() + 2s;
  }

  int lines_[2] = {-1, -1};
  int interrupt_[2] = {-1, -1};
};

TEST_F(LineInputTest, GivesLinesThenTheEnd) {
  LineInput input(lines_[0], interrupt_[0]);
  Send("submit 1\r\nstatus\nend");
  CloseLines();
  const InputEvent first = input.Next(Soon());
  EXPECT_EQ(first.kind, Kind::Line);
  EXPECT_EQ(first.text, "submit 1");
  EXPECT_EQ(input.Next(Soon()).text, "status");
  const InputEvent last = input.Next(Soon());
  EXPECT_EQ(last.kind, Kind::Line);
  EXPECT_EQ(last.text, "end");
  EXPECT_EQ(input.Next(Soon()).kind, Kind::End);
  EXPECT_FALSE(input.Interrupted());
}

TEST_F(LineInputTest, TheDeadlineEndsAWaitWithNothingTyped) {
  LineInput input(lines_[0], interrupt_[0]);
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(input.Next(started + 100ms).kind, Kind::Deadline);
  EXPECT_GE(std::chrono::steady_clock::now() - started, 100ms);
}

TEST_F(LineInputTest, AnInterruptEndsAWaitAndComesBeforeLinesTypedAhead) {
  LineInput input(lines_[0], interrupt_[0]);
  EXPECT_FALSE(input.Interrupted());
  Send("status\n");
  Interrupt();
  // Well before the deadline: the interrupt does not wait for it.
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(input.Next(started + 60s).kind, Kind::Interrupted);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
  // It stays so: a caller busy when it came still sees it.
  EXPECT_TRUE(input.Interrupted());
  EXPECT_EQ(input.Next(Soon()).kind, Kind::Interrupted);
}

TEST_F(LineInputTest, AnInterruptWakesAWaitThatHasStarted) {
  LineInput input(lines_[0], interrupt_[0]);
  std::thread later([this] {
    std::this_thread::sleep_for(200ms);
    Interrupt();
  });
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(input.Next(started + 60s).kind, Kind::Interrupted);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
  later.join();
}

TEST_F(LineInputTest, WithoutAnInterruptDescriptorNothingInterrupts) {
  LineInput input(lines_[0]);
  Send("end\n");
  EXPECT_FALSE(input.Interrupted());
  EXPECT_EQ(input.Next(Soon()).text, "end");
}

}  // namespace
}  // namespace judge::mock
