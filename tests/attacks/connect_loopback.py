# Connects to a TCP listener the test opened on 127.0.0.1 (port @PORT@, substituted in)
# and sends to it: exfiltration, or talking to local services. It uses the built-in
# _socket, since the socket module's Python half cannot be imported. Must be a runtime
# error, and the listener must receive no connection.
import _socket

connection = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
connection.connect(("127.0.0.1", @PORT@))
connection.send(b"escaped\n")
print("escaped: connected")
