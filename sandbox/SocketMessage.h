// SocketMessage: one message read from a Unix socket together with what the kernel attaches
// to it: descriptors passed along (the fork server's requests) and the sender's credentials.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <vector>

namespace sandbox {

/// The most descriptors one message may bring; more make it a truncated message.
inline constexpr int kMostReceivedFds = 16;

/// Receives one message into `data`. Descriptors that came with it (close-on-exec) are
/// appended to `fds` when given; `sender` gets the writer's process id, as this process's
/// PID namespace numbers it, when the socket has SO_PASSCRED and `sender` is given.
/// Returns the data size, 0 at the peer's end, -1 on error or a truncated message.
ssize_t ReceiveMessage(int socket, void* data, std::size_t size, std::vector<int>* fds,
                       pid_t* sender);

}  // namespace sandbox
