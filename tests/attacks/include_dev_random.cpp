// Makes the compiler read an endless device: compilation must stop at its limit, as CE.
#include "/dev/random"
int main() {}
