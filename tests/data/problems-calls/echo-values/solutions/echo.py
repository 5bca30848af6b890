# Returns every argument as it came; the values must survive the trip unchanged.
class Echo:
    def __init__(self):
        pass

    def echoInt(self, x: int) -> int: return x
    def echoLong(self, x: int) -> int: return x
    def echoDouble(self, x: float) -> float: return x
    def echoBool(self, x: bool) -> bool: return x
    def echoChar(self, x: str) -> str: return x
    def echoString(self, x: str) -> str: return x
    def echoInts(self, x: List[int]) -> List[int]: return x
    def echoBools(self, x: List[bool]) -> List[bool]: return x
    def echoGrid(self, x: List[List[str]]) -> List[List[str]]: return x
    def echoStrings(self, x: List[str]) -> List[str]: return x
    def echoLongs(self, x: List[List[int]]) -> List[List[int]]: return x
    def echoTree(self, x: Optional[TreeNode]) -> Optional[TreeNode]: return x
    def echoList(self, x: Optional[ListNode]) -> Optional[ListNode]: return x
    def echoGraph(self, x: Optional['Node']) -> Optional['Node']: return x
    def sum(self, a: int, b: int, c: float) -> float: return a + b + c
