# Wrong on purpose: the fill also spreads to the four diagonal neighbours, so cells that
# touch the region only at a corner are recoloured too (sample 1's bottom-right cell).
class Solution:
    def floodFill(self, image: List[List[int]], sr: int, sc: int, color: int) -> List[List[int]]:
        original = image[sr][sc]
        if original == color:
            return image
        m, n = len(image), len(image[0])
        image[sr][sc] = color
        queue = deque([(sr, sc)])
        while queue:
            r, c = queue.popleft()
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    a, b = r + dr, c + dc
                    if 0 <= a < m and 0 <= b < n and image[a][b] == original:
                        image[a][b] = color
                        queue.append((a, b))
        return image
