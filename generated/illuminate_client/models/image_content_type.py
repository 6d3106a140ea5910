from enum import StrEnum


class ImageContentType(StrEnum):
    JPG = "jpg"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
