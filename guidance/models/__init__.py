from .requests import LearningRequest, RequestComment, RequestStatusChange, RequestVote

__all__ = ["LearningRequest", "RequestComment", "RequestStatusChange", "RequestVote"]
