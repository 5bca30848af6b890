// Connects to a TCP listener the test opened on 127.0.0.1 (port @PORT@, substituted in)
// and sends to it: exfiltration, or talking to local services. Must be a runtime error,
// and the listener must receive no connection.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>

int main() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(@PORT@);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) return 1;
  (void)!write(fd, "escaped\n", 8);
  std::printf("escaped: connected\n");
}
