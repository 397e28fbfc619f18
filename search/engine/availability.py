"""What a search server that cannot answer raises (the Elasticsearch and OpenSearch
clients): the search page then says search is unavailable, and every other page works
as before."""

from elastic_transport import TransportError
from elasticsearch import ApiError
from opensearchpy.exceptions import OpenSearchException

SERVER_ERRORS = (TransportError, ApiError, OpenSearchException)
