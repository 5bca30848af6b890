// SHA-256 against the FIPS 180-4 examples, across the one- and two-block padding edges.
#include "judge/history/SourceHash.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace judge::history {
namespace {

TEST(SourceHashTest, MatchesTheStandardsExamples) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 56 bytes: the length no longer fits after the padding bit, so the tail takes two blocks.
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1'000'000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(SourceHashTest, HashesAFileAndNamesOneItCannotRead) {
  const auto file = std::filesystem::temp_directory_path() /
                    ("judge-source-hash-" + std::to_string(::getpid()) + ".cpp");
  std::ofstream(file) << "abc";
  const auto hash = Sha256OfFile(file);
  std::filesystem::remove(file);
  ASSERT_TRUE(hash.has_value()) << hash.error();
  EXPECT_EQ(*hash, Sha256Hex("abc"));

  const auto missing = Sha256OfFile(file);
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(missing.error().find(file.string()), std::string::npos) << missing.error();
}

}  // namespace
}  // namespace judge::history
