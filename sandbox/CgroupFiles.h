// CgroupFiles: reading and writing the small files of cgroup hierarchies, and finding where
// the caller's own cgroup of a controller is mounted; shared by MemoryCgroup and PidsCgroup.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace sandbox {

std::optional<std::string> ReadSmallFile(const std::filesystem::path& file);
bool WriteSmallFile(const std::filesystem::path& file, const std::string& text);
/// The caller's own cgroup path in the hierarchy that has `controller` ("" for v2).
std::optional<std::string> OwnCgroupPath(const std::string& controller);
/// Where a file system of `fstype` is mounted (with `option` among its mount options).
std::optional<std::filesystem::path> MountPoint(const std::string& fstype, const std::string& option);
bool Writable(const std::filesystem::path& dir);

}  // namespace sandbox
