# Reference solution: if the new colour is already the start's colour there is nothing to
# do. Otherwise an explicit stack walks the start's region through the four side
# neighbours; a cell is recoloured when it is pushed, so the new colour itself marks it
# as visited and no cell is pushed twice. Iterative: no recursion limit to worry about.
# O(m*n) time, O(m*n) stack at worst.
class Solution:
    def floodFill(self, image: List[List[int]], sr: int, sc: int, color: int) -> List[List[int]]:
        original = image[sr][sc]
        if original == color:
            return image
        m, n = len(image), len(image[0])
        image[sr][sc] = color
        stack = [(sr, sc)]
        while stack:
            r, c = stack.pop()
            for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= a < m and 0 <= b < n and image[a][b] == original:
                    image[a][b] = color
                    stack.append((a, b))
        return image
