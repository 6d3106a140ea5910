from enum import StrEnum


class UrlFormat(StrEnum):
    DIGITALLINK = "DigitalLink"
    SHORTURL = "ShortUrl"

    def __str__(self) -> str:
        return str(self.value)
