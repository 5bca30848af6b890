#include "sandbox/SocketMessage.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sandbox {

ssize_t ReceiveMessage(int socket, void* data, std::size_t size, std::vector<int>* fds,
                       pid_t* sender) {
  iovec iov{data, size};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMostReceivedFds) +
                                CMSG_SPACE(sizeof(ucred))] = {};
  msghdr message{};
  message.msg_iov = &iov;
  message.msg_iovlen = 1;
  message.msg_control = control;
  message.msg_controllen = sizeof control;
  ssize_t got;
  do got = recvmsg(socket, &message, MSG_CMSG_CLOEXEC);
  while (got < 0 && errno == EINTR);
  for (cmsghdr* header = CMSG_FIRSTHDR(&message); header != nullptr;
       header = CMSG_NXTHDR(&message, header)) {
    if (header->cmsg_level != SOL_SOCKET) continue;
    if (header->cmsg_type == SCM_RIGHTS) {
      const std::size_t count = (header->cmsg_len - CMSG_LEN(0)) / sizeof(int);
      const int* received = reinterpret_cast<const int*>(CMSG_DATA(header));
      if (fds != nullptr) {
        fds->insert(fds->end(), received, received + count);
      } else {
        for (std::size_t i = 0; i < count; ++i) close(received[i]);  // unasked for
      }
    } else if (header->cmsg_type == SCM_CREDENTIALS && sender != nullptr) {
      ucred credentials;
      std::memcpy(&credentials, CMSG_DATA(header), sizeof credentials);
      if (credentials.pid > 0) *sender = credentials.pid;
    }
  }
  if (got >= 0 && (message.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) != 0) return -1;
  return got;
}

}  // namespace sandbox
