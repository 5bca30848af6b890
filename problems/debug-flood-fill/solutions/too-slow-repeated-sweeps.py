# Correct but quadratic: the filled set grows by sweeping the whole image row by row,
# adding every cell of the start's colour next to a filled one, until a sweep adds
# nothing. A sweep can add as little as one cell (a row filled from its right end), so
# a region of k cells may take k sweeps over all m*n cells.
class Solution:
    def floodFill(self, image: List[List[int]], sr: int, sc: int, color: int) -> List[List[int]]:
        m, n = len(image), len(image[0])
        original = image[sr][sc]
        filled = [[False] * n for _ in range(m)]
        filled[sr][sc] = True
        changed = True
        while changed:
            changed = False
            for r in range(m):
                for c in range(n):
                    if filled[r][c] or image[r][c] != original:
                        continue
                    if ((r > 0 and filled[r - 1][c]) or (r + 1 < m and filled[r + 1][c])
                            or (c > 0 and filled[r][c - 1]) or (c + 1 < n and filled[r][c + 1])):
                        filled[r][c] = True
                        changed = True
        for r in range(m):
            for c in range(n):
                if filled[r][c]:
                    image[r][c] = color
        return image
