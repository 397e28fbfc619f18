"""What a search server that cannot answer raises (Elasticsearch's client): the search
page then says search is unavailable, and every other page works as before."""

from elastic_transport import TransportError
from elasticsearch import ApiError

SERVER_ERRORS = (TransportError, ApiError)
