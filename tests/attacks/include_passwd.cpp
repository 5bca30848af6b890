// Makes the compiler read /etc/passwd, which every user may read, hoping its diagnostics
// quote the file. The compiler sees no more of the machine than it needs: a compile error,
// and no line of the file may appear in the report.
#include "/etc/passwd"
int main() {}
