from enum import StrEnum

class SubscriptionCreateEventTypesItem(StrEnum):
    AUTH_ACCOUNT_UNDER_ATTACK = "auth.account_under_attack"
    BENEFIT_ENROLMENT_APPROVED = "benefit.enrolment_approved"
    BENEFIT_ENROLMENT_SUSPENDED = "benefit.enrolment_suspended"
    DEADLINE_RECOMPUTED = "deadline.recomputed"
    EXCHANGE_MESSAGE_OVERDUE = "exchange.message_overdue"
    EXCHANGE_MESSAGE_RECEIVED = "exchange.message_received"
    MIGRANT_ARRIVED = "migrant.arrived"
    MIGRANT_CERTIFICATE_REMINDER = "migrant.certificate_reminder"
    MIGRANT_DEPARTED = "migrant.departed"
    MIGRANT_TRANSFERRED = "migrant.transferred"
    SERVICE_REQUEST_COMPLETED = "service_request.completed"
    STOCK_BELOW_THRESHOLD = "stock.below_threshold"

    def __str__(self) -> str:
        return str(self.value)
