# raise ... from ...: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass
def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("invalid port setting") from e
def start(settings):
    port = read_port(settings)
    print("listening on", port)
start({"port": "8080"})
start({"port": "eighty"})
