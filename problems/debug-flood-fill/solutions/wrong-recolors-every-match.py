# Wrong on purpose: every cell of the start's colour is recoloured, connected to the start
# or not (a "replace colour" rather than a flood fill).
class Solution:
    def floodFill(self, image: List[List[int]], sr: int, sc: int, color: int) -> List[List[int]]:
        original = image[sr][sc]
        for row in image:
            for c, value in enumerate(row):
                if value == original:
                    row[c] = color
        return image
