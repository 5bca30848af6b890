// Makes the compiler read /etc/shadow, hoping its diagnostics quote the password hashes.
// Must be a compile error, and no line of the file may appear in the report.
#include "/etc/shadow"
int main() {}
