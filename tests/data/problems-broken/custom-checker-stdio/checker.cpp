// Never compiled: the problem fails to load first.
class Checker {};
