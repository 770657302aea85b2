from enum import StrEnum

class ContraceptiveMethod(StrEnum):
    CONDOM = "condom"
    FILM = "film"
    GEL = "gel"
    IMPLANT = "implant"
    INJECTION = "injection"
    IUD = "iud"
    ORAL_EMERGENCY = "oral_emergency"
    ORAL_SHORT_ACTING = "oral_short_acting"
    SUPPOSITORY = "suppository"

    def __str__(self) -> str:
        return str(self.value)
