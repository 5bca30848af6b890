// Makes the compiler print about a hundred thousand errors (megabytes of diagnostics).
// Must be a compile error within the compile limits, with a short report and a judge
// that stays small.
#define E1 undeclared_1; undeclared_2; undeclared_3; undeclared_4; undeclared_5;
#define E2 E1 E1 E1 E1 E1 E1 E1 E1 E1 E1
#define E3 E2 E2 E2 E2 E2 E2 E2 E2 E2 E2
#define E4 E3 E3 E3 E3 E3 E3 E3 E3 E3 E3
#define E5 E4 E4 E4 E4 E4 E4 E4 E4 E4 E4
E5 E5
int main() {}
