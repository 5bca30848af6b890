// Reference solution: a hash map from key to node of a doubly linked list kept in order of
// use, most recent first, between two sentinel nodes. get and put unlink the node and
// relink it at the front; a put into a full cache drops the node before the tail.
// O(1) per call, O(capacity) memory.
struct Node {
    int key, value;
    Node* prev = nullptr;
    Node* next = nullptr;
    Node(int k, int v) : key(k), value(v) {}
};

class LRUCache {
    int capacity;
    unordered_map<int, Node*> nodes;
    Node head{-1, -1};  // sentinel before the most recently used
    Node tail{-1, -1};  // sentinel after the least recently used

    static void unlink(Node* node) {
        node->prev->next = node->next;
        node->next->prev = node->prev;
    }

    void push_front(Node* node) {
        node->prev = &head;
        node->next = head.next;
        head.next->prev = node;
        head.next = node;
    }

public:
    LRUCache(int capacity) : capacity(capacity) {
        head.next = &tail;
        tail.prev = &head;
    }

    ~LRUCache() {
        for (auto& [key, node] : nodes) delete node;
    }

    int get(int key) {
        auto it = nodes.find(key);
        if (it == nodes.end()) return -1;
        unlink(it->second);
        push_front(it->second);
        return it->second->value;
    }

    void put(int key, int value) {
        auto it = nodes.find(key);
        if (it != nodes.end()) {
            it->second->value = value;
            unlink(it->second);
            push_front(it->second);
            return;
        }
        if ((int)nodes.size() == capacity) {
            Node* oldest = tail.prev;
            unlink(oldest);
            nodes.erase(oldest->key);
            delete oldest;
        }
        Node* node = new Node(key, value);
        push_front(node);
        nodes[key] = node;
    }
};
