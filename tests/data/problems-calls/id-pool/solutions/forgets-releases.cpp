// Wrong: hands out ids in turn and never takes a released one back, so once the pool runs
// out it answers -1 though an id is free (release-and-reuse, operation 5).
class IdPool {
    int next = 0, size;

public:
    IdPool(int size) : size(size) {}
    int acquire() { return next < size ? next++ : -1; }
    void release(int) {}
};
