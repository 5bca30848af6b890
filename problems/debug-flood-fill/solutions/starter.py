# Depth-first search from the start cell: paint it, then spread to the four neighbours
# that still have the start's colour.
class Solution:
    def floodFill(self, image: List[List[int]], sr: int, sc: int, color: int) -> List[List[int]]:
        sys.setrecursionlimit(10000)  # a 50 x 50 region can be 2500 calls deep
        rows, cols = len(image), len(image[0])
        start = image[sr][sc]

        def paint(r, c):
            if r < 0 or r >= rows or c < 0 or c >= cols:
                return
            if image[r][c] != start:
                return
            image[r][c] = color
            paint(r + 1, c)
            paint(r - 1, c)
            paint(r, c + 1)
            paint(r, c - 1)

        paint(sr, sc)
        return image
